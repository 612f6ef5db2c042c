// The demo chain's promotions (`npm start`): made once into a chain without any, all live; a new shopper signing in
// finds the 新人券 among their coupons and the rest in the 领券中心.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../src/common/sql';
import { seedDemoPromotions } from '../src/seeders/demo-promotions';
import { CouponCentreDocument, LoginShopperDocument, MyCouponsDocument } from './generated/graphql';
import { startTestApp, type TestApp } from './harness';

describe('demo promotions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('are made once, live, and a new shopper sees them at once', async () => {
    expect(await seedDemoPromotions(t.em())).toBeGreaterThanOrEqual(4);
    expect(await seedDemoPromotions(t.em())).toBe(0);
    const rows = await query<{ kind: string; state: string; issued_by: string | null }>(
      t.em(),
      `SELECT kind, state, issued_by FROM promotion`,
      {},
    );
    expect(rows.every((r) => r.state === 'LIVE')).toBe(true);
    expect(rows.filter((r) => r.kind === 'FULL_REDUCTION')).toHaveLength(1);

    const { loginShopper } = await t.ok(LoginShopperDocument, { code: `dev:demo-${randomUUID()}` });
    if (loginShopper.__typename !== 'AuthPayload') throw new Error(JSON.stringify(loginShopper));
    const mine = (await t.ok(MyCouponsDocument, {}, loginShopper.token)).myCoupons;
    expect(mine.map((c) => c.template.name)).toEqual(['新人无门槛 5 元券']);
    const centre = (await t.ok(CouponCentreDocument, {}, loginShopper.token)).couponCentre.map((c) => c.name);
    expect(centre).toEqual(expect.arrayContaining(['满39减6', '运费券 减 3 元']));
  });
});
