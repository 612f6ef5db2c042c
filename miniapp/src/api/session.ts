// Signing in: wx.login's code in weapp, the API's dev login ("dev:<name>") in h5. The token is kept in storage;
// the session store says whether screens that read the shopper's own data can ask yet.
import Taro from '@tarojs/taro';
import type { Client } from '@urql/core';
import { LoginShopperDocument } from '../generated/graphql';
import { keys, load, remove, save } from '../lib/storage';
import { forgetMemberSecret, keepMemberSecret, revokeMemberSecret } from './member-secret';
import { createStore, useStore } from '../lib/store';

export type SessionStatus = 'signing-in' | 'ready' | 'failed';

let token: string | null = null;

export const currentToken = () => token ?? (token = load<string | null>(keys.token, null));

export const session = createStore<SessionStatus>(currentToken() ? 'ready' : 'signing-in');

export const useSession = () => useStore(session);

export function forgetToken() {
  token = null;
  remove(keys.token);
  // A member code is this session's: another sign-in gets (and rotates to) a secret of its own.
  forgetMemberSecret();
  session.set('signing-in');
}

/** Signing out: the server stops accepting this device's member codes, then the device forgets its session. */
export async function signOut(client: Client): Promise<void> {
  await revokeMemberSecret(client);
  forgetToken();
}

async function loginCode(): Promise<string> {
  if (process.env.TARO_ENV === 'weapp') {
    const { code } = await Taro.login();
    return code;
  }
  // h5 has no wx.login: each browser is one dev shopper, the name kept across visits.
  let name = load<string | null>(keys.devName, null);
  if (!name) {
    name = `h5-${Math.random().toString(36).slice(2, 10)}`;
    save(keys.devName, name);
  }
  return `dev:${name}`;
}

let signingIn: Promise<string | null> | null = null;

/** A valid session token, signing in when there is none; null (and the session 'failed') when that fails. */
export function ensureSignedIn(client: Client): Promise<string | null> {
  const existing = currentToken();
  if (existing) return Promise.resolve(existing);
  if (signingIn) return signingIn;
  session.set('signing-in');
  const attempt = (async () => {
    try {
      const code = await loginCode();
      const res = await client.mutation(LoginShopperDocument, { code }).toPromise();
      const data = res.data?.loginShopper;
      if (data?.__typename === 'AuthPayload') {
        token = data.token;
        save(keys.token, data.token);
        // Fetched now, while there is signal, so the member code shows later without any.
        void keepMemberSecret(client);
        return data.token;
      }
      return null;
    } catch {
      return null;
    }
  })();
  signingIn = attempt;
  void attempt.then((t) => {
    signingIn = null;
    session.set(t ? 'ready' : 'failed');
  });
  return attempt;
}
