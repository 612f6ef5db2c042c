// Which buttons an order offers now: only the steps its state and fulfilment allow (mirrors the API's table).
export type QueueAction = 'ACCEPT' | 'REJECT' | 'MARK_READY' | 'DISPATCH' | 'DELIVER';

export function actionsFor(state: string, fulfilment: string): QueueAction[] {
  switch (state) {
    case 'PAID':
      return ['ACCEPT', 'REJECT'];
    case 'ACCEPTED':
      return fulfilment === 'PICKUP' ? ['MARK_READY'] : ['DISPATCH'];
    case 'DISPATCHED':
      return ['DELIVER'];
    default:
      // READY_FOR_PICKUP is handed over at the counter against the shopper's code.
      return [];
  }
}

export const QUEUE_TABS = ['PAID', 'ACCEPTED', 'READY_FOR_PICKUP', 'DISPATCHED'] as const;
export type QueueTab = (typeof QUEUE_TABS)[number];
