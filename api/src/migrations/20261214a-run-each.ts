// run_each: one statement run for each of several sets of values, in one transaction and one round trip, each in a
// subtransaction of its own, so one that fails (a refused take, a unique key) undoes only its own writes and the others
// commit together. The 秒杀 checkouts waiting for one item's row are placed this way (common/sql-each.ts): they take
// the item's row one after another anyway, and each of them placed alone held it for its own commit and for the turns
// of an API event loop busy with the crowd between one and the next.
//
// The statement is prepared once per connection under its name (a hash of its text) and takes its values as one jsonb
// argument; each set's answer is its rows, or the error it raised (SQLSTATE, constraint, message).
import { Migration } from '@mikro-orm/migrations';

export class MigrationRunEach extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      CREATE OR REPLACE FUNCTION run_each(statement_name text, statement text, asks jsonb[]) RETURNS jsonb
      LANGUAGE plpgsql VOLATILE AS $$
      DECLARE
        ask jsonb;
        r record;
        found_rows jsonb;
        answers jsonb := '[]';
        err_code text;
        err_constraint text;
        err_message text;
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_prepared_statements p WHERE p.name = statement_name) THEN
          EXECUTE format('PREPARE %I(jsonb) AS %s', statement_name, statement);
        END IF;
        FOREACH ask IN ARRAY asks LOOP
          found_rows := '[]';
          BEGIN
            FOR r IN EXECUTE format('EXECUTE %I(%L)', statement_name, ask) LOOP
              found_rows := found_rows || jsonb_build_array(to_jsonb(r));
            END LOOP;
            answers := answers || jsonb_build_array(jsonb_build_object('rows', found_rows));
          EXCEPTION WHEN OTHERS THEN
            GET STACKED DIAGNOSTICS err_code = RETURNED_SQLSTATE, err_constraint = CONSTRAINT_NAME, err_message = MESSAGE_TEXT;
            answers := answers || jsonb_build_array(jsonb_build_object(
              'error', jsonb_build_object('code', err_code, 'constraint', nullif(err_constraint, ''), 'message', err_message)));
          END;
        END LOOP;
        RETURN answers;
      END $$`);
  }
}
