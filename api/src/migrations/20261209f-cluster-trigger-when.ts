// The cluster-key triggers (20261208h-cluster-key) fire only for rows whose INSERT leaves cluster_id out. The hot
// paths name the cluster in their INSERTs (a checkout writes 9 rows, a hand-over 6 or more), and for each of them
// PostgreSQL called a PL/pgSQL function that returned NEW unchanged at its first line. A trigger's WHEN condition is
// checked by the executor without calling the function, and the function does nothing when the condition is
// false, so what the triggers write is the same (issue 20: CPU per checkout).
import { Migration } from '@mikro-orm/migrations';

export class MigrationClusterTriggerWhen extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      DO $$
      DECLARE t record;
      BEGIN
        FOR t IN
          SELECT tg.tgname, tg.tgrelid::regclass AS rel, pg_get_triggerdef(tg.oid) AS def
          FROM pg_trigger tg JOIN pg_proc p ON p.oid = tg.tgfoid
          WHERE NOT tg.tgisinternal AND tg.tgqual IS NULL AND p.proname IN ('cluster_from_parent', 'store_cluster_from_city')
        LOOP
          EXECUTE format('DROP TRIGGER %I ON %s', t.tgname, t.rel);
          EXECUTE replace(t.def, ' FOR EACH ROW EXECUTE ', ' FOR EACH ROW WHEN (NEW.cluster_id IS NULL) EXECUTE ');
        END LOOP;
      END $$`);
  }
}
