import { describe, expect, it } from 'vitest';
import { feedbackOfError, feedbackOfPreview } from './outcome';

describe('counter outcomes', () => {
  it('says who handed an order over and when', () => {
    const f = feedbackOfError({ __typename: 'AlreadyPickedUpError', pickedUpAt: '2026-11-29T06:05:00Z', pickedUpBy: 'staff:wang' }, false);
    expect(f).toMatchObject({ tone: 'warn', title: '已经取过货了' });
    expect(f.detail).toContain('由 wang 交货');
  });

  it('tells a wrong typed code (tries left) from a QR no order of this store matches', () => {
    expect(feedbackOfError({ __typename: 'PickupCodeNotFoundError', attemptsLeft: 3 }, false)).toMatchObject({
      title: '取货码不对',
      detail: '还可以试 3 次',
    });
    expect(feedbackOfError({ __typename: 'PickupCodeNotFoundError', attemptsLeft: 3 }, true)).toMatchObject({
      title: '不是本店的订单，或二维码无效',
    });
  });

  it('maps every refusal to its own words', () => {
    const title = (reason: string) => feedbackOfError({ __typename: 'PickupRefusedError', reason }, false).title;
    expect(title('ORDER_REFUNDED')).toBe('订单已退款');
    expect(title('ORDER_CANCELLED')).toBe('订单已取消');
    expect(title('NOT_ACCEPTED')).toBe('订单还没备好');
    expect(title('CODE_REPLACED')).toBe('取货码已更换，请让顾客出示新码');
    expect(feedbackOfError({ __typename: 'PickupLockedError', retryAfterSeconds: 600 }, false).title).toBe('输错太多次，已锁定');
  });

  it('stops at the preview when the order cannot be handed over', () => {
    const live = { state: 'READY_FOR_PICKUP', codeStatus: 'LIVE', expiresAt: '2026-11-30T00:00:00Z' };
    expect(feedbackOfPreview(live, Date.parse('2026-11-29T00:00:00Z'))).toBeNull();
    expect(feedbackOfPreview(live, Date.parse('2026-11-30T00:00:01Z'))?.title).toBe('取货码已过期');
    expect(feedbackOfPreview({ ...live, state: 'REFUNDED', codeStatus: 'VOID' })?.title).toBe('订单已退款');
    expect(
      feedbackOfPreview({ ...live, codeStatus: 'USED', handedOverAt: '2026-11-29T06:05:00Z', handedOverBy: 'staff:li' })?.detail,
    ).toContain('由 li 交货');
  });
});
