// What the weapp build compiles for talking to the API: the client factory over Taro.request/connectSocket.
export { createApiClient } from '../../src/api/client';
export { NearbyStoresDocument } from '../../src/generated/graphql';
