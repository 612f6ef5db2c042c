// Messages to shoppers (order ready, out for delivery, refunded) go through this interface. The recording
// implementation keeps them in shopper_notification, where development and tests read them; a WeChat
// subscription-message sender would implement the same interface.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../common/sql';
import type { NotifyTemplate } from '../order/order-states';

export interface ShopperNotification {
  shopperId: string;
  orderId: string;
  template: NotifyTemplate;
  payload: Record<string, unknown>;
  at: Date;
}

export interface Notifier {
  /** Sends at most once per order and template, however often it is called. */
  send(em: EntityManager, notification: ShopperNotification): Promise<'SENT' | 'ALREADY_SENT'>;
}

export class RecordingNotifier implements Notifier {
  async send(em: EntityManager, n: ShopperNotification): Promise<'SENT' | 'ALREADY_SENT'> {
    const rows = await query(
      em,
      `INSERT INTO shopper_notification (id, shopper_id, order_id, template, payload, created_at)
       VALUES (:id::uuid, :shopper::uuid, :order::uuid, :template, :payload::jsonb, :at::timestamptz)
       ON CONFLICT (order_id, template) DO NOTHING RETURNING id`,
      { id: randomUUID(), shopper: n.shopperId, order: n.orderId, template: n.template, payload: JSON.stringify(n.payload), at: n.at.toISOString() },
    );
    return rows.length ? 'SENT' : 'ALREADY_SENT';
  }
}
