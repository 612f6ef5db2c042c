// Product pictures: up to 9 per product in HQ's order, the first the cover. The bytes live in picture storage
// under their content hash; a row says which product shows which picture where.
import { Migration } from '@mikro-orm/migrations';

export class MigrationProductPictures extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      CREATE TABLE product_picture (
        id uuid PRIMARY KEY,
        product_id uuid NOT NULL REFERENCES product (id) ON DELETE CASCADE,
        position int NOT NULL,
        hash text NOT NULL,
        format text NOT NULL CHECK (format IN ('jpg', 'png', 'webp')),
        width int NOT NULL,
        height int NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (product_id, hash)
      )`);
    this.addSql(`CREATE INDEX product_picture_product ON product_picture (product_id, position)`);
  }
}
