// Product pictures (a real URL, or none: then the API draws one) and search by name.
import { Migration } from '@mikro-orm/migrations';

export class MigrationShopCatalog extends Migration {
  override async up(): Promise<void> {
    this.addSql(`ALTER TABLE product ADD COLUMN image_url text`);
    // Search is a substring match (ILIKE '%…%'): only a trigram index serves that, for Chinese names too.
    this.addSql(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    this.addSql(`CREATE INDEX product_name_trgm ON product USING gin (name gin_trgm_ops)`);
  }
}
