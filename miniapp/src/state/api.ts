// The app's single API client instance. A 401 means the stored session is no longer good (expired, or the
// server's key changed): forget it and sign in again, so the next request carries a fresh token.
import { createApiClient } from '../api/client';
import { apiUrl } from '../api/endpoint';
import { createTaroFetch } from '../api/taro-fetch';
import { currentToken, ensureSignedIn, forgetToken } from './session';

const taroFetch = createTaroFetch();

export const { client, ws } = createApiClient({
  url: apiUrl(),
  token: currentToken,
  fetch: async (url, init) => {
    const res = await taroFetch(url, init);
    if (res.status === 401 && init?.headers?.authorization) {
      forgetToken();
      void ensureSignedIn(client);
    }
    return res;
  },
});
