// The coupon-expiry reminder: a shopper who accepted it (at claim time) gets one subscribe message for a coupon lapsing
// within a day, however often the job runs; shoppers who did not accept, coupons far from lapsing and used coupons get none.
import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { couponExpiryNotice } from '../src/jobs/coupon-expiry';
import type { JobContext } from '../src/jobs/job-context';
import type { SubscribeMessageNotifier } from '../src/modules/notify/notifier';
import type { RecordingSubscribeSender } from '../src/modules/notify/subscribe-message';
import { makeStore } from './fixtures';
import { AcceptSubscriptionsDocument } from './generated/graphql';
import { startTestApp, type TestApp } from './harness';
import { claimedCoupon, launchPromotion } from './promotion-helpers';

describe('coupon-expiry subscribe message', () => {
  let t: TestApp;
  let sender: RecordingSubscribeSender;
  const jobContext = (): JobContext => ({ ...t.runtime, em: t.em() as EntityManager });

  beforeAll(async () => {
    t = await startTestApp();
    sender = (t.runtime.notifier as SubscribeMessageNotifier).sender as RecordingSubscribeSender;
  });
  afterAll(async () => t?.close());

  it('sends one reminder per coupon to shoppers who accepted it, however often the job runs', async () => {
    const store = (await makeStore(t.em(), { lat: 31.2, lng: 121.4 })).id;
    const start = t.clock.now();
    const twoDays = await launchPromotion(t, [store], {
      name: '周末满50减10',
      couponKind: 'AMOUNT_OFF',
      thresholdFen: 5_000,
      offFen: 1_000,
      validDays: 2,
      perUserLimit: 5,
    });
    const tenDays = await launchPromotion(t, [store], { name: '十天券', couponKind: 'AMOUNT_OFF', offFen: 300, validDays: 10 });
    const asked = await t.newShopper();
    const silent = await t.newShopper();
    // Two claims, two acceptances (one message each): enough for both lapsing coupons, none left for the third.
    for (let i = 0; i < 2; i++) {
      await t.ok(AcceptSubscriptionsDocument, { templates: ['COUPON_EXPIRING'] }, asked.token);
      await claimedCoupon(t, twoDays, asked.token);
    }
    await claimedCoupon(t, tenDays, asked.token);
    await claimedCoupon(t, twoDays, silent.token);

    const reminders = () => sender.sent.filter((m) => m.template_id === 'dev-template-coupon-expiring');
    // A day and a half on: both two-day coupons lapse within the day.
    t.clock.set(new Date(start.getTime() + 36 * 3600_000));
    try {
      const firstRun = await couponExpiryNotice({}, jobContext());
      const secondRun = await couponExpiryNotice({}, jobContext());
      expect(firstRun).toBe('SENT 2');
      expect(secondRun).toBe('none due');
      const sent = reminders();
      expect(sent.map((m) => m.touser)).toEqual([`o-${asked.id}`, `o-${asked.id}`]);
      expect(sent[0]).toMatchObject({ page: 'packages/coupon/mine/index', lang: 'zh_CN' });
      expect(sent[0]!.data).toEqual({
        thing1: { value: '周末满50减10' },
        thing2: { value: '满50元减10元' },
        time3: { value: new Date(start.getTime() + 2 * 86_400_000 + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ') },
        thing4: { value: '优惠券快到期了，别忘了用' },
      });
      // The ten-day coupon comes due later but the shopper's acceptances are spent: still no message.
      t.clock.set(new Date(start.getTime() + 9.5 * 86_400_000));
      expect(await couponExpiryNotice({}, jobContext())).toBe('none due');
      expect(reminders()).toHaveLength(2);
    } finally {
      t.clock.set(start);
    }
  });
});
