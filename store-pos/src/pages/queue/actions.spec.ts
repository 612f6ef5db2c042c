import { describe, expect, it } from 'vitest';
import { actionsFor } from './actions';

describe('actionsFor', () => {
  it('offers only the steps the API allows from each state', () => {
    expect(actionsFor('PAID', 'PICKUP')).toEqual(['ACCEPT', 'REJECT']);
    expect(actionsFor('PAID', 'DELIVERY')).toEqual(['ACCEPT', 'REJECT']);
    expect(actionsFor('ACCEPTED', 'PICKUP')).toEqual(['MARK_READY']);
    expect(actionsFor('ACCEPTED', 'DELIVERY')).toEqual(['DISPATCH']);
    expect(actionsFor('DISPATCHED', 'DELIVERY')).toEqual(['DELIVER']);
    // Handed over at the counter against the code, never from the queue.
    expect(actionsFor('READY_FOR_PICKUP', 'PICKUP')).toEqual([]);
    for (const done of ['PICKED_UP', 'DELIVERED', 'COMPLETED', 'REFUNDED', 'CANCELLED', 'PENDING_PAYMENT']) {
      expect(actionsFor(done, 'PICKUP')).toEqual([]);
    }
  });
});
