// Pickup slots: each store takes at most pickup_slot_capacity pickup orders per slot. pickup_slot counts the places
// taken (one row per store and slot start, made on the first claim); pickup_slot_claim says which order holds
// one, so a cancellation or refund gives back exactly what it took, once.
import { Migration } from '@mikro-orm/migrations';

export class MigrationShopPickupSlots extends Migration {
  override async up(): Promise<void> {
    this.addSql(`ALTER TABLE store ADD COLUMN pickup_slot_capacity integer NOT NULL DEFAULT 10 CHECK (pickup_slot_capacity >= 0)`);
    this.addSql(`
      CREATE TABLE pickup_slot (
        store_id uuid NOT NULL REFERENCES store (id),
        starts_at timestamptz NOT NULL,
        claimed integer NOT NULL CHECK (claimed >= 0),
        PRIMARY KEY (store_id, starts_at)
      )`);
    this.addSql(`
      CREATE TABLE pickup_slot_claim (
        order_id uuid PRIMARY KEY REFERENCES customer_order (id),
        store_id uuid NOT NULL,
        starts_at timestamptz NOT NULL,
        claimed_at timestamptz NOT NULL,
        released_at timestamptz
      )`);
  }
}
