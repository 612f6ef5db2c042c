// The shopper's address book: points kept in WGS-84 like every other point; one default per shopper.
import { Migration } from '@mikro-orm/migrations';

export class MigrationShopAddresses extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      CREATE TABLE shopper_address (
        id uuid PRIMARY KEY,
        shopper_id uuid NOT NULL REFERENCES shopper (id),
        label text,
        contact_name text NOT NULL,
        contact_phone text NOT NULL,
        address text NOT NULL,
        detail text NOT NULL DEFAULT '',
        lat double precision NOT NULL CHECK (lat BETWEEN -90 AND 90),
        lng double precision NOT NULL CHECK (lng BETWEEN -180 AND 180),
        is_default boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    this.addSql(`CREATE INDEX shopper_address_shopper ON shopper_address (shopper_id, updated_at DESC)`);
    this.addSql(`CREATE UNIQUE INDEX shopper_address_default ON shopper_address (shopper_id) WHERE is_default`);
  }
}
