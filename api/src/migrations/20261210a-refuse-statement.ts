// A statement that takes several conditional writes (the flash checkout: the stock hold, the buyers' counters, the
// item's quota) can only learn that a later one refused after an earlier one wrote. It calls refuse_statement() then,
// and the error undoes the whole statement, so it writes nothing unless every write went in, without a transaction
// round trip. The reason is the error's message (SQLSTATE LL001); callers map it to their refusal.
import { Migration } from '@mikro-orm/migrations';

export class MigrationRefuseStatement extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      CREATE OR REPLACE FUNCTION refuse_statement(reason text) RETURNS boolean LANGUAGE plpgsql VOLATILE AS $$
      BEGIN
        RAISE EXCEPTION USING ERRCODE = 'LL001', MESSAGE = reason;
      END $$`);
  }
}
