// The routing epoch: a counter that moves whenever a fact routing reads of a store changes (where it is, whether it is
// active, what it serves, its zone, its hours, its time zone, its city). A process keeps those facts in memory
// (routing/store-book.ts) to guess a checkout's store without a routing statement; the placing statement compares the
// epoch the guess was made at with this row, so a guess from facts that have since changed writes nothing.
//
// The counter moves at commit (deferred constraint triggers): the edit's transaction takes the counter's row last,
// after every row it changed, so two edits of several stores at once never wait for each other in a circle. It is a
// row, not a sequence, so that it changes in the same commit as the facts: a book read in one snapshot never has a
// new epoch with old facts.
import { Migration } from '@mikro-orm/migrations';

const STORE_FACTS = [
  'location',
  'status',
  'can_pickup',
  'can_deliver',
  'delivery_radius_m',
  'delivery_reach_m',
  'delivery_zone',
  'time_zone',
  'cluster_id',
];

export class MigrationRoutingEpoch extends Migration {
  override async up(): Promise<void> {
    this.addSql(`CREATE TABLE routing_epoch (one boolean PRIMARY KEY DEFAULT true CHECK (one), n bigint NOT NULL)`);
    this.addSql(`INSERT INTO routing_epoch (one, n) VALUES (true, 1)`);
    // Once per transaction (the setting is the transaction's own): an import of thousands of stores moves it once.
    this.addSql(`
      CREATE FUNCTION routing_epoch_moves() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF current_setting('linli.routing_epoch_moved', true) IS DISTINCT FROM txid_current()::text THEN
          PERFORM set_config('linli.routing_epoch_moved', txid_current()::text, true);
          UPDATE routing_epoch SET n = n + 1 WHERE one;
        END IF;
        RETURN NULL;
      END $$`);
    const changed = STORE_FACTS.map((c) => `OLD.${c}::text IS DISTINCT FROM NEW.${c}::text`).join(' OR ');
    this.addSql(`
      CREATE CONSTRAINT TRIGGER store_routing_epoch_insert AFTER INSERT OR DELETE ON store
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION routing_epoch_moves()`);
    this.addSql(`
      CREATE CONSTRAINT TRIGGER store_routing_epoch_update AFTER UPDATE ON store
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (${changed}) EXECUTE FUNCTION routing_epoch_moves()`);
    for (const table of ['store_hours', 'store_hours_exception']) {
      this.addSql(`
        CREATE CONSTRAINT TRIGGER ${table}_routing_epoch AFTER INSERT OR UPDATE OR DELETE ON ${table}
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION routing_epoch_moves()`);
    }
    // TRUNCATE has no constraint trigger; it locks the whole table anyway.
    for (const table of ['store', 'store_hours', 'store_hours_exception']) {
      this.addSql(
        `CREATE TRIGGER ${table}_routing_epoch_truncate AFTER TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION routing_epoch_moves()`,
      );
    }
  }
}
