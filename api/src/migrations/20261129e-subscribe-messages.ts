// Subscribe messages (订阅消息): WeChat lets a mini-program send one message per acceptance, so every acceptance
// is a row, spent by the notification that uses it. shopper_notification says what became of each message.
import { Migration } from '@mikro-orm/migrations';

export class MigrationShopSubscribeMessages extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      CREATE TABLE subscription_acceptance (
        id uuid PRIMARY KEY,
        shopper_id uuid NOT NULL REFERENCES shopper (id),
        template text NOT NULL,
        accepted_at timestamptz NOT NULL,
        used_at timestamptz,
        notification_id uuid REFERENCES shopper_notification (id)
      )`);
    this.addSql(
      `CREATE INDEX subscription_acceptance_unused ON subscription_acceptance (shopper_id, template, accepted_at) WHERE used_at IS NULL`,
    );
    // RECORDED: rows from before this change. PENDING: claimed an acceptance, not yet accepted by WeChat.
    this.addSql(`ALTER TABLE shopper_notification ADD COLUMN delivery text NOT NULL DEFAULT 'RECORDED'
                   CHECK (delivery IN ('RECORDED', 'PENDING', 'SENT', 'NOT_SUBSCRIBED', 'REFUSED'))`);
    this.addSql(`ALTER TABLE shopper_notification ADD COLUMN detail text`);
  }
}
