// The promotion form's conversions (折 and percent to basis points, dates in China to instants) and the API's
// refusals placed beside their field.
import { CombinedError } from 'urql';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { apiFieldErrors, bpFromPercent, emptyForm, fromPromotion, offBpFromZhe, toInput } from './form';

describe('promotion form', () => {
  it('reads 折 and percent as basis points, and refuses what is not one', () => {
    expect([offBpFromZhe('8.5'), offBpFromZhe('9'), offBpFromZhe('0.1'), offBpFromZhe('8.85')]).toEqual([1_500, 1_000, 9_900, 1_150]);
    expect([offBpFromZhe('10'), offBpFromZhe('0'), offBpFromZhe('八折'), offBpFromZhe('')]).toEqual([null, null, null, null]);
    expect([bpFromPercent('40'), bpFromPercent('33.33'), bpFromPercent('100'), bpFromPercent('0')]).toEqual([4_000, 3_333, 10_000, 0]);
    expect([bpFromPercent('100.01'), bpFromPercent('-1'), bpFromPercent('1.234')]).toEqual([null, null, null]);
  });

  it('turns a 满减 in yuan and dates in China into fen and instants (the end date counted whole), and back', () => {
    const f = {
      ...emptyForm('FULL_REDUCTION'),
      name: ' 周末满减 ',
      tiers: [
        { threshold: '50', off: '8' },
        { threshold: '100.5', off: '20.05' },
      ],
      startsOn: '2026-12-07',
      endsOn: '2026-12-13',
      funder: 'SPLIT',
      storePct: '40',
      budget: '500',
    };
    const out = toInput(f);
    if (!('input' in out)) throw new Error(JSON.stringify(out));
    expect(out.input).toMatchObject({
      name: '周末满减',
      tiers: [
        { thresholdFen: 5_000, offFen: 800 },
        { thresholdFen: 10_050, offFen: 2_005 },
      ],
      startsAt: '2026-12-06T16:00:00.000Z',
      endsAt: '2026-12-13T16:00:00.000Z',
      funderStoreBp: 4_000,
      budgetFen: 50_000,
      budgetUses: null,
    });
    const back = fromPromotion({
      ...out.input,
      id: 'x',
      kind: 'FULL_REDUCTION',
      couponKind: null,
      tiers: out.input.tiers!,
      thresholdFen: 0,
      offFen: 0,
      offBp: 0,
      capFen: null,
      startsAt: out.input.startsAt ?? null,
      endsAt: out.input.endsAt ?? null,
      validDays: null,
      totalLimit: null,
      perUserLimit: 1,
      claimed: 0,
      budgetFen: 50_000,
      spentFen: 0,
      budgetUses: null,
      uses: 0,
      state: 'DRAFT',
      status: 'DRAFT',
      funderStoreBp: 4_000,
      categoryIds: [],
      skuIds: [],
      storeIds: [],
      storeGroupIds: [],
      stacksWith: ['COUPON'],
      issuedBy: 'CLAIM',
      giftMinPaidFen: 0,
      createdAt: '2026-12-06T00:00:00Z',
    });
    expect(back).toMatchObject({ startsOn: '2026-12-07', endsOn: '2026-12-13', storePct: '40', budget: '500' });
  });

  it('finds what it can itself: a tier over its threshold, a bad amount, a 折扣 out of range', () => {
    const out = toInput({ ...emptyForm('FULL_REDUCTION'), name: 'x', tiers: [{ threshold: '5', off: '8' }] });
    expect(out).toEqual({ errors: { tiers: '每档减的金额不能超过它的门槛' } });
    const coupon = toInput({ ...emptyForm('COUPON'), name: 'x', couponKind: 'PERCENT_OFF', discount: '12', cap: 'abc' });
    expect(coupon).toEqual({ errors: { offBp: '折扣须在 0.1 折到 9.9 折之间', capFen: '请填写金额，如 12 或 12.5' } });
  });

  it("places the API's refusals beside their field, in Chinese", () => {
    const refused = (message: string, extensions: Record<string, unknown>) =>
      apiFieldErrors(
        new CombinedError({ graphQLErrors: [new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...extensions } })] }),
      );
    expect(refused('startsAt must be before endsAt', { field: 'endsAt' })).toEqual({ endsAt: '结束日期须晚于开始日期' });
    expect(
      refused('Argument Validation Error', { validationErrors: [{ property: 'input', children: [{ property: 'budgetFen' }] }] }),
    ).toEqual({
      budgetFen: '预算不能为负数',
    });
    expect(refused('A LIVE promotion cannot be edited', { field: 'id' })).toEqual({ form: '活动已发布，条款不能再修改' });
    expect(refused('something new', { field: 'mystery' })).toEqual({ mystery: '内容不符合要求' });
  });
});
