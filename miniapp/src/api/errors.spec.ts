import { describe, expect, test } from 'vitest';
import { describeRefusal } from './errors';

describe('API refusals in plain words with a next step', () => {
  test('outside every delivery zone: offer pickup at the nearest store that could', () => {
    const r = describeRefusal(
      {
        errorCode: 'NO_STORE_AVAILABLE',
        message: 'No store can deliver',
        candidates: [
          {
            distanceM: 2400,
            reasons: ['OUT_OF_ZONE', 'NOT_OPEN'],
            store: { id: 's2', name: '人民广场店', capabilities: ['PICKUP', 'DELIVERY'] },
          },
          { distanceM: 800, reasons: ['OUT_OF_ZONE'], store: { id: 's1', name: '南京东路店', capabilities: ['PICKUP', 'DELIVERY'] } },
        ],
      },
      'DELIVERY',
    );
    expect(r.detail).toBe('南京东路店 800 m 可自取，改为自取？');
    expect(r.action?.step).toEqual({ kind: 'SWITCH_TO_PICKUP', storeId: 's1', storeName: '南京东路店' });
  });

  test('a coupon checkout refused says why in the words of the API and what to do instead', () => {
    const r = describeRefusal(
      { errorCode: 'COUPON_NOT_USABLE', message: '还差 ¥12.00 可减 ¥10.00', __typename: 'CouponNotUsableError' },
      'PICKUP',
    );
    expect(r.title).toBe('这张优惠券用不了');
    expect(r.detail).toBe('还差 ¥12.00 可减 ¥10.00。可以换一张，或不用券下单。');
  });

  test('a flash buyer turned away at a crowded door is told stock is left and to try again', () => {
    const r = describeRefusal({ errorCode: 'FLASH_SALE_UNAVAILABLE', message: '抢的人太多了，稍后再试', flashProblem: 'BUSY' }, 'PICKUP');
    expect(r.title).toBe('抢的人太多了');
    expect(r.detail).toBe('还有货，稍等几秒再点一次。');
  });

  test('below the minimum says how much is missing', () => {
    const r = describeRefusal({ errorCode: 'BELOW_MINIMUM_ORDER', message: '', minimumFen: 2000, goodsFen: 1250 }, 'DELIVERY');
    expect(r.title).toBe('还差 ¥7.50 起送');
  });

  test('a slot the shopper already holds unpaid sends them to pay that one, not to another slot', () => {
    const r = describeRefusal(
      {
        errorCode: 'PICKUP_SLOT_UNAVAILABLE',
        message: '',
        problem: 'UNPAID_PLACE_HELD',
        nextSlots: [{ startsAt: '2026-11-18T08:30:00.000Z', label: '16:30-17:00' }],
      },
      'PICKUP',
    );
    expect(r.title).toBe('这个时段您已有待支付的订单');
    expect(r.action).toBeUndefined();
  });

  test('price changed offers the new total', () => {
    const r = describeRefusal(
      { errorCode: 'PRICE_CHANGED', message: '', totalFen: 3150, lines: [{ skuId: 'a', unitPriceFen: 350 }] },
      'PICKUP',
    );
    expect(r.action?.label).toBe('按 ¥31.50 下单');
  });

  test('a store short of a line points to the nearest store that has it', () => {
    const r = describeRefusal(
      {
        errorCode: 'NO_STORE_AVAILABLE',
        message: '',
        candidates: [{ distanceM: 100, reasons: ['OUT_OF_STOCK'], store: { id: 's1', name: '南京东路店' } }],
        shortLines: [{ skuId: 'a', requested: 2, availableAt: [{ available: 5, distanceM: 1500, store: { id: 's3', name: '福州路店' } }] }],
      },
      'PICKUP',
    );
    expect(r.action?.step).toEqual({ kind: 'SWITCH_STORE', storeId: 's3', storeName: '福州路店' });
  });
});
