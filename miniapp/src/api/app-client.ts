// The app's single API client instance. A 401 means the stored session is no longer good (expired, or the
// server's key changed): forget it and sign in again, so the next request carries a fresh token.
import { createApiClient } from './client';
import { apiUrl } from './endpoint';
import { currentToken, ensureSignedIn, forgetToken } from './session';
import { createTaroFetch } from './taro-fetch';

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
  // The socket was closed because the session ended: the same, so the live order page hears its events again.
  renewToken: (stale) => {
    if (currentToken() === stale) forgetToken();
    return ensureSignedIn(client);
  },
});

export const signIn = () => ensureSignedIn(client);
