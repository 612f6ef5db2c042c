// Counter devices and PINs (the shared store tablet), HQ's staff administration, revocable working-day sessions,
// and HQ lifting pickup lockouts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ChangeMyPasswordDocument,
  CounterDeviceDocument,
  CreateStaffMemberDocument,
  DevicesDocument,
  DisableStaffDocument,
  EnableStaffDocument,
  EnrollDeviceDocument,
  LoginStaffDocument,
  PickupLockoutsDocument,
  PickupPreviewDocument,
  ResetStaffPasswordDocument,
  ResetStaffPinDocument,
  RevokeDeviceDocument,
  SetMyPinDocument,
  SignOutDocument,
  StaffAuditLogDocument,
  StaffMeDocument,
  StaffMembersDocument,
  UnlockPickupLockoutDocument,
  UnlockWithPinDocument,
} from './generated/graphql';
import { makeStore, uniqueCode } from './fixtures';
import { startTestApp, type TestApp } from './harness';

describe('staff, devices and sessions', () => {
  let t: TestApp;
  let storeA: string;
  let storeB: string;
  let hq: string;
  const start = '2026-11-18T04:00:00Z';
  const PASSWORD = 'correct horse battery';

  const createClerk = async (storeId: string, pin?: string) => {
    const username = uniqueCode('clerk');
    const created = (
      await t.ok(
        CreateStaffMemberDocument,
        { input: { username, displayName: `店员 ${username}`, password: PASSWORD, role: 'CLERK', storeId, pin } },
        hq,
      )
    ).createStaff;
    if (created.__typename !== 'StaffMember') throw new Error(JSON.stringify(created));
    return created;
  };
  const enroll = async (storeId: string) => {
    const enrolled = (await t.ok(EnrollDeviceDocument, { input: { storeId, name: '收银台 1' } }, hq)).enrollDevice;
    if (enrolled.__typename !== 'DeviceEnrollment') throw new Error(JSON.stringify(enrolled));
    return enrolled;
  };
  const unlock = async (deviceToken: string, staffId: string, pin: string) =>
    (await t.ok(UnlockWithPinDocument, { input: { deviceToken, staffId, pin } })).unlockWithPin;
  const login = async (username: string, password = PASSWORD) => (await t.ok(LoginStaffDocument, { username, password })).loginStaff;
  const sessionOf = (answer: { __typename?: string; token?: string }) => {
    if (answer.__typename !== 'AuthPayload' || !answer.token) throw new Error(JSON.stringify(answer));
    return answer.token;
  };
  const whoAmI = async (token: string) => {
    const res = await t.gql(StaffMeDocument, {}, token);
    return res.errors?.[0]?.extensions?.code ?? res.data?.me?.id;
  };

  beforeAll(async () => {
    t = await startTestApp({ now: start });
    storeA = (await makeStore(t.em(), { lat: 31.2, lng: 121.4 })).id;
    storeB = (await makeStore(t.em(), { lat: 31.21, lng: 121.41 })).id;
    hq = t.tokens.hq();
  });
  afterAll(() => t?.close());

  it('enrols a device for one store; its clerks unlock it with their PIN into a session bound to store and device', async () => {
    const clerk = await createClerk(storeA, '4321');
    expect(clerk).toMatchObject({ hasPin: true, disabled: false, storeId: storeA });
    const other = await createClerk(storeB, '4321');
    const { deviceToken, device } = await enroll(storeA);
    expect(deviceToken).toMatch(/^lnd1_/);
    expect(device).toMatchObject({ storeId: storeA, revokedAt: null, enrolledBy: 'staff:test-hq' });

    const screen = (await t.ok(CounterDeviceDocument, { deviceToken })).counterDevice;
    if (screen.__typename !== 'CounterDeviceInfo') throw new Error(JSON.stringify(screen));
    expect(screen.clerks.map((c) => c.id)).toContain(clerk.id);
    expect(screen.clerks.map((c) => c.id)).not.toContain(other.id);
    expect(JSON.stringify(screen)).not.toContain(deviceToken);

    const session = await unlock(deviceToken, clerk.id, '4321');
    expect(session).toMatchObject({
      __typename: 'AuthPayload',
      me: { id: clerk.id, role: 'CLERK', storeId: storeA, deviceId: device.id, displayName: clerk.displayName },
    });
    // A working day, not a week.
    expect(Date.parse((session as { expiresAt: string }).expiresAt) - Date.parse(start)).toBe(12 * 3600_000);
    // Another store's clerk cannot unlock this device, even with their right PIN; a bad format is refused.
    expect(await unlock(deviceToken, other.id, '4321')).toMatchObject({ __typename: 'InvalidPinError' });
    expect(
      (await t.gql(UnlockWithPinDocument, { input: { deviceToken, staffId: clerk.id, pin: '12' } })).errors?.[0]?.extensions?.code,
    ).toBe('BAD_USER_INPUT');
    expect(await unlock('lnd1_' + 'x'.repeat(43), clerk.id, '4321')).toMatchObject({ __typename: 'DeviceNotEnrolledError' });
    expect((await t.ok(DevicesDocument, { storeId: storeA }, hq)).devices.map((d) => d.id)).toContain(device.id);
    expect((await t.gql(DevicesDocument, { storeId: storeA }, t.tokens.clerk(storeB))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('locks a PIN out after 5 misses, even for the right PIN; HQ resetting the PIN lifts it; all audited', async () => {
    const clerk = await createClerk(storeA, '1111');
    const colleague = await createClerk(storeA, '2222');
    const { deviceToken, device } = await enroll(storeA);
    const left: number[] = [];
    for (const pin of ['0000', '0001', '0002', '0003', '0004']) {
      const miss = await unlock(deviceToken, clerk.id, pin);
      if (miss.__typename !== 'InvalidPinError') throw new Error(JSON.stringify(miss));
      left.push(miss.attemptsLeft);
    }
    expect(left).toEqual([4, 3, 2, 1, 0]);
    expect(await unlock(deviceToken, clerk.id, '1111')).toMatchObject({
      __typename: 'SignInLockedError',
      scope: 'STAFF',
      retryAfterSeconds: 900,
    });
    // Another clerk at the same counter is not locked.
    expect(await unlock(deviceToken, colleague.id, '2222')).toMatchObject({ __typename: 'AuthPayload' });

    expect(await t.ok(ResetStaffPinDocument, { staffId: clerk.id, pin: '5678' }, hq)).toMatchObject({
      resetStaffPin: { __typename: 'StaffMember', hasPin: true },
    });
    expect(await unlock(deviceToken, clerk.id, '1111')).toMatchObject({ __typename: 'InvalidPinError', attemptsLeft: 4 });
    expect(await unlock(deviceToken, clerk.id, '5678')).toMatchObject({ __typename: 'AuthPayload' });

    const log = (await t.ok(StaffAuditLogDocument, { storeId: storeA, first: 100 }, hq)).staffAuditLog.nodes.filter(
      (n) => n.staffId === clerk.id,
    );
    expect(log.map((n) => n.action)).toEqual([
      'PIN_UNLOCK',
      'PIN_FAILED',
      'PIN_RESET',
      'PIN_LOCKED',
      'PIN_FAILED',
      'PIN_FAILED',
      'PIN_FAILED',
      'PIN_FAILED',
      'PIN_FAILED',
      'STAFF_CREATED',
    ]);
    expect(log[0]).toMatchObject({ deviceId: device.id, actor: `staff:${clerk.username}` });
    // Ids are random hex and may hold any four digits; the PIN must not be in what the log says.
    const said = log.map(({ action, actor, username, source, detail }) => ({ action, actor, username, source, detail }));
    expect(JSON.stringify(said)).not.toContain('5678');
  });

  it('counts a burst of PINs before checking them: at most 5 of 50 at once are evaluated', async () => {
    const clerk = await createClerk(storeA, '9999');
    const { deviceToken } = await enroll(storeA);
    const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => unlock(deviceToken, clerk.id, String(1000 + i))));
    expect(answers.filter((a) => a.__typename === 'InvalidPinError').length).toBeLessThanOrEqual(5);
    expect(answers.filter((a) => a.__typename !== 'InvalidPinError').every((a) => a.__typename === 'SignInLockedError')).toBe(true);
    expect(await unlock(deviceToken, clerk.id, '9999')).toMatchObject({ __typename: 'SignInLockedError' });
  });

  it('revoking a device ends the sessions unlocked on it and refuses it from then on', async () => {
    const clerk = await createClerk(storeA, '3333');
    const { deviceToken, device } = await enroll(storeA);
    const pinSession = sessionOf(await unlock(deviceToken, clerk.id, '3333'));
    const phoneSession = sessionOf(await login(clerk.username));
    expect(await whoAmI(pinSession)).toBe(clerk.id);

    expect((await t.ok(RevokeDeviceDocument, { deviceId: device.id }, hq)).revokeDevice).toMatchObject({
      __typename: 'CounterDevice',
      revokedAt: start.replace('Z', '.000Z'),
    });
    expect(await whoAmI(pinSession)).toBe('UNAUTHENTICATED');
    expect(await whoAmI(phoneSession)).toBe(clerk.id);
    expect(await unlock(deviceToken, clerk.id, '3333')).toMatchObject({ __typename: 'DeviceNotEnrolledError' });
    expect((await t.ok(CounterDeviceDocument, { deviceToken })).counterDevice).toMatchObject({ __typename: 'DeviceNotEnrolledError' });
  });

  it('ends sessions on sign-out (that one), disable, password reset and PIN reset; sessions last 12 hours', async () => {
    const clerk = await createClerk(storeA, '4444');
    const first = sessionOf(await login(clerk.username));
    const second = sessionOf(await login(clerk.username));
    expect(await t.ok(SignOutDocument, {}, first)).toEqual({ signOut: true });
    expect(await whoAmI(first)).toBe('UNAUTHENTICATED');
    expect(await whoAmI(second)).toBe(clerk.id);

    expect((await t.ok(DisableStaffDocument, { staffId: clerk.id }, hq)).disableStaff).toMatchObject({ disabled: true });
    expect(await whoAmI(second)).toBe('UNAUTHENTICATED');
    expect(await login(clerk.username)).toMatchObject({ __typename: 'InvalidCredentialsError' });
    const { deviceToken } = await enroll(storeA);
    expect(await unlock(deviceToken, clerk.id, '4444')).toMatchObject({ __typename: 'InvalidPinError' });
    expect((await t.ok(EnableStaffDocument, { staffId: clerk.id }, hq)).enableStaff).toMatchObject({ disabled: false });

    const third = sessionOf(await login(clerk.username));
    expect(await t.ok(ResetStaffPasswordDocument, { staffId: clerk.id, password: 'another good password' }, hq)).toMatchObject({
      resetStaffPassword: { __typename: 'StaffMember' },
    });
    expect(await whoAmI(third)).toBe('UNAUTHENTICATED');
    expect(await login(clerk.username)).toMatchObject({ __typename: 'InvalidCredentialsError' });
    const fourth = sessionOf(await login(clerk.username, 'another good password'));
    await t.ok(ResetStaffPinDocument, { staffId: clerk.id, pin: null }, hq);
    expect(await whoAmI(fourth)).toBe('UNAUTHENTICATED');

    const fifth = sessionOf(await login(clerk.username, 'another good password'));
    try {
      t.clock.set(new Date(Date.parse(start) + 12 * 3600_000 - 1000));
      expect(await whoAmI(fifth)).toBe(clerk.id);
      t.clock.set(new Date(Date.parse(start) + 12 * 3600_000 + 1000));
      expect(await whoAmI(fifth)).toBe('UNAUTHENTICATED');
    } finally {
      t.clock.set(start);
    }
  });

  it('lets staff set their own PIN (with their password) and change their password, ending their other sessions', async () => {
    const clerk = await createClerk(storeA);
    expect(clerk.hasPin).toBe(false);
    const session = sessionOf(await login(clerk.username));
    const other = sessionOf(await login(clerk.username));
    expect((await t.ok(SetMyPinDocument, { currentPassword: 'not my password', pin: '2468' }, session)).setMyPin).toMatchObject({
      __typename: 'InvalidCredentialsError',
    });
    expect((await t.ok(SetMyPinDocument, { currentPassword: PASSWORD, pin: '2468' }, session)).setMyPin).toMatchObject({
      __typename: 'StaffMember',
      hasPin: true,
    });
    const { deviceToken } = await enroll(storeA);
    expect(await unlock(deviceToken, clerk.id, '2468')).toMatchObject({ __typename: 'AuthPayload' });

    const changed = (await t.ok(ChangeMyPasswordDocument, { currentPassword: PASSWORD, newPassword: 'a brand new password' }, session))
      .changeMyPassword;
    const renewed = sessionOf(changed);
    expect(await whoAmI(session)).toBe('UNAUTHENTICATED');
    expect(await whoAmI(other)).toBe('UNAUTHENTICATED');
    expect(await whoAmI(renewed)).toBe(clerk.id);
  });

  it('lists staff page by page, for HQ only', async () => {
    const store = (await makeStore(t.em(), { lat: 31.22, lng: 121.42 })).id;
    const made = [await createClerk(store), await createClerk(store), await createClerk(store)];
    const first = (await t.ok(StaffMembersDocument, { storeId: store, first: 2 }, hq)).staffMembers;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = (await t.ok(StaffMembersDocument, { storeId: store, first: 2, after: first.pageInfo.endCursor }, hq)).staffMembers;
    expect([...first.nodes, ...rest.nodes].map((n) => n.id).sort()).toEqual(made.map((m) => m.id).sort());
    expect(rest.pageInfo.hasNextPage).toBe(false);
    // The console's default view (every store) sends a null store id: every store's staff.
    for (const storeId of [null, undefined]) {
      const all = (await t.ok(StaffMembersDocument, { storeId, first: 100 }, hq)).staffMembers.nodes;
      expect(all.map((n) => n.id)).toEqual(expect.arrayContaining(made.map((m) => m.id)));
      expect((await t.ok(StaffAuditLogDocument, { storeId, first: 100 }, hq)).staffAuditLog.nodes.length).toBeGreaterThan(0);
    }
    expect((await t.gql(StaffMembersDocument, { storeId: store }, t.tokens.clerk(store))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(StaffMembersDocument, { first: 101 }, hq)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await t.ok(DisableStaffDocument, { staffId: '00000000-0000-4000-8000-00000000ffff' }, hq)).disableStaff).toMatchObject({
      __typename: 'StaffNotFoundError',
    });
  });

  it("shows HQ the pickup lockouts and lets HQ lift a clerk's or a store's", async () => {
    const store = (await makeStore(t.em(), { lat: 31.23, lng: 121.43 })).id;
    const clerk = await createClerk(store, '1357');
    const { deviceToken } = await enroll(store);
    const session = sessionOf(await unlock(deviceToken, clerk.id, '1357'));
    const guess = (token: string, i: number) => t.ok(PickupPreviewDocument, { input: { code: String(2_000_000_000 + i * 7907) } }, token);
    for (let i = 0; i < 5; i++) await guess(session, i);
    expect((await guess(session, 99)).pickupPreview).toMatchObject({ __typename: 'PickupLockedError', scope: 'CLERK' });

    const locks = (await t.ok(PickupLockoutsDocument, { storeId: store }, hq)).pickupLockouts;
    expect(locks).toEqual([
      {
        scope: 'CLERK',
        storeId: store,
        staffId: clerk.id,
        username: clerk.username,
        until: new Date(Date.parse(start) + 900_000).toISOString(),
        retryAfterSeconds: 900,
      },
    ]);
    expect((await t.gql(PickupLockoutsDocument, { storeId: store }, session)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await t.ok(UnlockPickupLockoutDocument, { storeId: store, staffId: clerk.id }, hq)).toEqual({ unlockPickupLockout: true });
    expect((await guess(session, 100)).pickupPreview).toMatchObject({ __typename: 'PickupCodeNotFoundError', attemptsLeft: 4 });
    expect((await t.ok(PickupLockoutsDocument, { storeId: store }, hq)).pickupLockouts).toEqual([]);

    // A rogue clerk's store lockout (20 misses from several clerks) is lifted the same way.
    for (let c = 0; c < 5; c++) for (let i = 0; i < 4; i++) await guess(t.tokens.clerkNamed(store, `rogue${c}`), 200 + c * 10 + i);
    expect((await guess(t.tokens.clerkNamed(store, 'honest'), 300)).pickupPreview).toMatchObject({
      __typename: 'PickupLockedError',
      scope: 'STORE',
    });
    expect((await t.ok(PickupLockoutsDocument, {}, hq)).pickupLockouts.filter((l) => l.storeId === store).map((l) => l.scope)).toEqual([
      'STORE',
    ]);
    expect(await t.ok(UnlockPickupLockoutDocument, { storeId: store }, hq)).toEqual({ unlockPickupLockout: true });
    expect((await guess(t.tokens.clerkNamed(store, 'honest'), 301)).pickupPreview).toMatchObject({ __typename: 'PickupCodeNotFoundError' });
    const audit = (await t.ok(StaffAuditLogDocument, { storeId: store, first: 5 }, hq)).staffAuditLog.nodes;
    expect(audit[0]).toMatchObject({ action: 'PICKUP_LOCKOUT_LIFTED', actor: 'staff:test-hq', detail: 'STORE' });
  });
});
