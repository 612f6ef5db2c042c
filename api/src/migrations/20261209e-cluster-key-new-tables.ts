// The city-cluster key on the tables added since the key (docs/scale.md, "Tables added this round"): the rows that
// belong to one order, checkout or store get its cluster_id, filled for the rows there are, NOT NULL from here on.
//   member_code_use  a member code shown at a store's counter (store_id)
//   flash_hold       a checkout's hold on a flash item's quota (checkout_id)
//   group_buy_group  a 拼团 group, formed at one store (store_id)
//   group_buy_member a member's checkout and order in a group (order_id)
//   referral_order   a referred order (order_id)
//   commission_line  a referred order line's rate (order_id)
// The other new tables are reference tables or keyed by shopper (or by promoter): the layout in docs/scale.md.
//
// As in 20261208h-cluster-key, a BEFORE INSERT trigger fills cluster_id only where an INSERT leaves it out (their
// writers do not name it yet); here from the id the row points at, whose first bytes name the cluster (common/cluster.ts:
// a version-8 id), and for an id made before the key from the parent row, else 'ZZ'. No lookup for new ids: a
// group's first member and the group are written in one statement, where a lookup would not see the group yet.
import { Migration } from '@mikro-orm/migrations';

const TABLES: { table: string; column: string; parent: string }[] = [
  { table: 'member_code_use', column: 'store_id', parent: 'store' },
  { table: 'flash_hold', column: 'checkout_id', parent: 'checkout' },
  { table: 'group_buy_group', column: 'store_id', parent: 'store' },
  { table: 'group_buy_member', column: 'order_id', parent: 'customer_order' },
  { table: 'referral_order', column: 'order_id', parent: 'customer_order' },
  { table: 'commission_line', column: 'order_id', parent: 'customer_order' },
];

export class MigrationClusterKeyNewTables extends Migration {
  override async up(): Promise<void> {
    // The cluster a version-8 id of ours carries (its first two bytes, two capital letters), NULL for any other id.
    this.addSql(`
      CREATE FUNCTION cluster_of_id(u uuid) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT CASE WHEN substr(u::text, 15, 1) = '8' AND a BETWEEN 65 AND 90 AND b BETWEEN 65 AND 90 THEN chr(a) || chr(b) END
        FROM (SELECT ('x' || substr(u::text, 1, 2))::bit(8)::int AS a, ('x' || substr(u::text, 3, 2))::bit(8)::int AS b) x $$`);
    // TG_ARGV: the column naming the parent, the parent table.
    this.addSql(`
      CREATE FUNCTION cluster_from_id() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE parent_id uuid;
      BEGIN
        IF NEW.cluster_id IS NOT NULL THEN RETURN NEW; END IF;
        parent_id := (to_jsonb(NEW)->>TG_ARGV[0])::uuid;
        NEW.cluster_id := cluster_of_id(parent_id);
        IF NEW.cluster_id IS NULL THEN
          EXECUTE format('SELECT cluster_id FROM %I WHERE id = $1', TG_ARGV[1]) INTO NEW.cluster_id USING parent_id;
        END IF;
        NEW.cluster_id := coalesce(NEW.cluster_id, 'ZZ');
        RETURN NEW;
      END $$`);
    for (const { table, column, parent } of TABLES) {
      this.addSql(`ALTER TABLE ${table} ADD COLUMN cluster_id text`);
      // The backfill is no edit of history: user triggers (append-only guards) sit out, as in 20261208h.
      this.addSql(`ALTER TABLE ${table} DISABLE TRIGGER USER`);
      this.addSql(
        `UPDATE ${table} x SET cluster_id = coalesce((SELECT p.cluster_id FROM ${parent} p WHERE p.id = x.${column}), cluster_of_id(x.${column}), 'ZZ')`,
      );
      this.addSql(`ALTER TABLE ${table} ENABLE TRIGGER USER`);
      this.addSql(`ALTER TABLE ${table} ALTER COLUMN cluster_id SET NOT NULL`);
      this.addSql(
        `CREATE TRIGGER ${table}_cluster BEFORE INSERT ON ${table} FOR EACH ROW WHEN (NEW.cluster_id IS NULL) EXECUTE FUNCTION cluster_from_id('${column}', '${parent}')`,
      );
    }
  }
}
