import { expect, it } from 'vitest';
import { emptyRow, toInput, toRow } from './level-form';

it('reads 折, 倍 and 元 as basis points and fen, and back', () => {
  const rows = [
    { ...emptyRow(), name: '普通会员', threshold: '0' },
    { ...emptyRow(), name: '银卡', threshold: '1000', zhe: '9.5', multiplier: '1.5', freeDelivery: '49.9' },
  ];
  const out = toInput(rows);
  if (!('levels' in out)) throw new Error(out.problem);
  expect(out.levels.map((l) => [l.name, l.growthThreshold, l.memberPriceBp, l.pointsMultiplierBp, l.freeDeliveryThresholdFen])).toEqual([
    ['普通会员', 0, 0, 10_000, null],
    ['银卡', 1_000, 500, 15_000, 4_990],
  ]);
  const back = toRow({
    ...out.levels[1]!,
    id: 'x',
    categoryPrices: [],
    funderStoreBp: 0,
    monthlyCouponId: null,
    birthdayCouponId: null,
    funder: 'HQ',
  } as never);
  expect([back.zhe, back.multiplier, back.freeDelivery]).toEqual(['9.5', '1.5', '49.9']);
});

it('names the row and the field that is wrong', () => {
  const bad = (patch: object) => toInput([{ ...emptyRow(), name: '金卡', threshold: '10', ...patch }]);
  expect(bad({ zhe: '11' })).toEqual({ problem: '第 1 行：会员价折扣应在 0–10 折之间，如 9.5' });
  expect(bad({ zhe: '0' })).toMatchObject({ problem: expect.stringContaining('折扣') });
  expect(bad({ multiplier: '0.5' })).toMatchObject({ problem: expect.stringContaining('积分倍数') });
  expect(bad({ threshold: '-1' })).toMatchObject({ problem: expect.stringContaining('成长值门槛') });
  expect(bad({ freeDelivery: '五十' })).toMatchObject({ problem: expect.stringContaining('包邮门槛') });
  expect(bad({ name: ' ' })).toMatchObject({ problem: expect.stringContaining('名称') });
});
