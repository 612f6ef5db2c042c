// Member codes as the shopper's app computes them: with the app's own pure-JS TOTP, so the API tests also prove
// that what the app shows is what the server accepts.
import { fromBase32, totp } from '../../miniapp/src/lib/totp';
import { IssueMemberCodeSecretDocument, type IssueMemberCodeSecretMutation } from './generated/graphql';
import type { TestApp } from './harness';

export type HeldSecret = IssueMemberCodeSecretMutation['issueMemberCodeSecret'];

/** The 20 digits the app shows at a moment. */
export const memberCodeAt = (held: HeldSecret, atMs: number) =>
  held.prefix + held.reference + totp(fromBase32(held.secret), atMs, held.stepSeconds, held.digits);

export async function issueMemberSecret(t: TestApp, token: string): Promise<HeldSecret> {
  return (await t.ok(IssueMemberCodeSecretDocument, {}, token)).issueMemberCodeSecret;
}

/** A code from a freshly issued secret (so two calls within one time step still give two different codes). */
export async function freshMemberCode(t: TestApp, token: string): Promise<string> {
  return memberCodeAt(await issueMemberSecret(t, token), t.clock.now().getTime());
}
