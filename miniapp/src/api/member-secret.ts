// The secret the member code (会员码) is computed from, held on the device (wx storage in weapp, localStorage in
// h5) so the code page needs no network. Issued after sign-in; a new one rotates the old on the server; sign-out
// revokes it there and here.
import type { Client } from '@urql/core';
import { IssueMemberCodeSecretDocument, RevokeMemberCodeSecretDocument, type IssueMemberCodeSecretMutation } from '../generated/graphql';
import { keys, load, remove, save } from '../lib/storage';

export type MemberSecret = IssueMemberCodeSecretMutation['issueMemberCodeSecret'];

export const heldMemberSecret = () => load<MemberSecret | null>(keys.memberSecret, null);

export function forgetMemberSecret() {
  remove(keys.memberSecret);
}

let issuing: Promise<MemberSecret | null> | null = null;

/** The held secret, or a new one from the API when there is none (null when that fails, e.g. offline). */
export function keepMemberSecret(client: Client): Promise<MemberSecret | null> {
  const held = heldMemberSecret();
  if (held) return Promise.resolve(held);
  issuing ??= (async () => {
    try {
      const res = await client.mutation(IssueMemberCodeSecretDocument, {}).toPromise();
      const secret = res.data?.issueMemberCodeSecret ?? null;
      if (secret) save(keys.memberSecret, secret);
      return secret;
    } catch {
      return null;
    } finally {
      issuing = null;
    }
  })();
  return issuing;
}

/** Sign-out's half on the server; offline it still forgets here (the next sign-in rotates the old one out). */
export async function revokeMemberSecret(client: Client): Promise<void> {
  try {
    await client.mutation(RevokeMemberCodeSecretDocument, {}).toPromise();
  } catch {
    /* offline: see above */
  } finally {
    forgetMemberSecret();
  }
}
