// Guessing staff passwords: limited per username and per source address, counted before checking, audited.
import { print } from 'graphql';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CreateStaffMemberDocument,
  LoginStaffDocument,
  SignInLockoutsDocument,
  StaffAuditLogDocument,
  UnlockSignInDocument,
  type LoginStaffMutation,
} from './generated/graphql';
import { makeStore, uniqueCode } from './fixtures';
import { startTestApp, type TestApp } from './harness';

describe('staff sign-in limits', () => {
  let t: TestApp;
  let store: string;
  const PASSWORD = 'correct horse battery';

  /** Signs in from an address of our choosing (the app believes X-Forwarded-For from loopback here). */
  const loginFrom = async (source: string, username: string, password: string) => {
    const res = await request(t.app)
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('x-forwarded-for', source)
      .send({ query: print(LoginStaffDocument), variables: { username, password } });
    return (res.body as { data: LoginStaffMutation }).data.loginStaff;
  };
  const createClerk = async () => {
    const username = uniqueCode('clerk');
    await t.ok(
      CreateStaffMemberDocument,
      { input: { username, displayName: username, password: PASSWORD, role: 'CLERK', storeId: store } },
      t.tokens.hq(),
    );
    return username;
  };

  beforeAll(async () => {
    t = await startTestApp({ env: { TRUST_PROXY: 'loopback' } });
    store = (await makeStore(t.em(), { lat: 31.2, lng: 121.4 })).id;
  });
  afterAll(() => t?.close());

  it('locks a username after 5 wrong passwords, counting a burst before checking it; the right password then waits', async () => {
    const username = await createClerk();
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => loginFrom(`10.0.0.${i + 1}`, username, `wrong password ${i}`)));
    const kinds = answers.map((a) => a.__typename);
    expect(kinds.filter((k) => k === 'InvalidCredentialsError').length).toBeLessThanOrEqual(5);
    expect(kinds.filter((k) => k !== 'InvalidCredentialsError').every((k) => k === 'SignInLockedError')).toBe(true);
    expect(await loginFrom('10.0.1.1', username, PASSWORD)).toMatchObject({
      __typename: 'SignInLockedError',
      scope: 'USERNAME',
      retryAfterSeconds: 900,
    });
    // Case and width do not make another username to guess under.
    expect(await loginFrom('10.0.1.2', username.toUpperCase(), PASSWORD)).toMatchObject({
      __typename: 'SignInLockedError',
      scope: 'USERNAME',
    });

    const log = (await t.ok(StaffAuditLogDocument, { first: 100 }, t.tokens.hq())).staffAuditLog.nodes.filter(
      (n) => n.username === username,
    );
    expect(log.filter((n) => n.action === 'LOGIN_FAILED').length).toBeLessThanOrEqual(5);
    expect(log.filter((n) => n.action === 'LOGIN_FAILED').every((n) => n.source?.startsWith('10.0.0.'))).toBe(true);
    expect(log.some((n) => n.action === 'LOGIN_LOCKED' && n.source === '10.0.1.1')).toBe(true);

    // HQ sees the lockout and can lift it (someone could keep a clerk locked out this way).
    const hq = t.tokens.hq();
    expect((await t.ok(SignInLockoutsDocument, {}, hq)).signInLockouts.filter((l) => l.subject === username)).toEqual([
      { scope: 'USERNAME', subject: username, until: expect.any(String), retryAfterSeconds: 900 },
    ]);
    expect((await t.gql(SignInLockoutsDocument, {}, t.tokens.clerk(store))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await t.ok(UnlockSignInDocument, { scope: 'USERNAME', subject: username.toUpperCase() }, hq)).toEqual({ unlockSignIn: true });
    expect(await loginFrom('10.0.1.3', username, PASSWORD)).toMatchObject({ __typename: 'AuthPayload' });
  });

  it('locks a source address after 20 failures over any usernames, and only that address', async () => {
    const username = await createClerk();
    for (let i = 0; i < 20; i++) {
      expect(await loginFrom('10.9.9.9', `nobody-${i}`, 'wrong password!')).toMatchObject({ __typename: 'InvalidCredentialsError' });
    }
    expect(await loginFrom('10.9.9.9', username, PASSWORD)).toMatchObject({ __typename: 'SignInLockedError', scope: 'SOURCE' });
    expect(await loginFrom('10.9.9.10', username, PASSWORD)).toMatchObject({ __typename: 'AuthPayload' });
  });

  it('audits a good sign-in with its source, and never the password', async () => {
    const username = await createClerk();
    expect(await loginFrom('10.7.7.7', username, PASSWORD)).toMatchObject({ __typename: 'AuthPayload' });
    const log = (await t.ok(StaffAuditLogDocument, { storeId: store, first: 10 }, t.tokens.hq())).staffAuditLog.nodes;
    expect(log[0]).toMatchObject({ action: 'LOGIN', username, actor: `staff:${username}`, source: '10.7.7.7', storeId: store });
    expect(JSON.stringify(log)).not.toContain(PASSWORD);
  });
});
