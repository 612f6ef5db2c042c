import { describe, expect, it } from 'vitest';
import { yuan } from '../../lib/money';
import { benefitsText, emptyPlan, toForm, toInput } from './plan-form';

const plan = {
  __typename: 'MembershipPlan' as const,
  id: 'p1',
  name: '月卡',
  priceFen: 1990,
  durationDays: 30,
  memberPriceBp: 500,
  categoryPrices: [{ categoryId: 'c1', offBp: 1000 }],
  pointsMultiplierBp: 20_000,
  freeDeliveryThresholdFen: 2900,
  onSale: true,
};

describe('the plan editor', () => {
  it('reads a plan in 元, 折 and 倍 and gives the same plan back, category prices kept', () => {
    const made = toInput(toForm(plan));
    expect(made).toEqual({
      input: {
        id: 'p1',
        name: '月卡',
        priceFen: 1990,
        durationDays: 30,
        memberPriceBp: 500,
        pointsMultiplierBp: 20_000,
        freeDeliveryThresholdFen: 2900,
        onSale: true,
        categoryPrices: [{ categoryId: 'c1', offBp: 1000 }],
      },
    });
  });

  it('names what is wrong before anything is sent', () => {
    const f = { ...emptyPlan(), name: '季卡', price: '49' };
    expect(toInput({ ...f, price: '0' })).toEqual({ problem: '价格应大于 0，如 19.9' });
    expect(toInput({ ...f, days: '0' })).toEqual({ problem: '天数应为正整数' });
    expect(toInput({ ...f, zhe: '12' })).toEqual({ problem: '会员价折扣应在 0–10 折之间，如 9.5' });
    expect(toInput({ ...f, multiplier: '0.5' })).toEqual({ problem: '积分倍数应不小于 1，如 1.5' });
    expect(toInput({ ...f, name: ' ' })).toEqual({ problem: '请填写名称' });
    expect(toInput(f)).toMatchObject({ input: { memberPriceBp: 0, pointsMultiplierBp: 10_000, freeDeliveryThresholdFen: null } });
  });

  it('says the benefits in one line', () => {
    expect(benefitsText(plan, yuan)).toBe('9.5 折 · 1 个分类另有折扣 · 积分 ×2 · 满 ¥29.00 包邮');
    expect(
      benefitsText({ ...plan, memberPriceBp: 0, categoryPrices: [], pointsMultiplierBp: 10_000, freeDeliveryThresholdFen: null }, yuan),
    ).toBe('无');
  });
});
