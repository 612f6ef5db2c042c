// A member code is used once anywhere in the chain: its replay guard, the key (secret_id, counter), must hold across
// cities. Filed by cluster (20261209e), Citus would have to widen that key with cluster_id (docs/scale.md), and the
// same code could then be taken once in each city. The uses belong with their secret, by shopper: shopper_id is the
// key's first column (the secret names its shopper, so the key's uniqueness is the same). cluster_id stays, the counter's
// city, for reports by store.
import { Migration } from '@mikro-orm/migrations';

export class MigrationMemberCodeUseByShopper extends Migration {
  override async up(): Promise<void> {
    this.addSql(`ALTER TABLE member_code_use ADD COLUMN shopper_id uuid`);
    this.addSql(`UPDATE member_code_use u SET shopper_id = s.shopper_id FROM member_code_secret s WHERE s.id = u.secret_id`);
    this.addSql(`ALTER TABLE member_code_use ALTER COLUMN shopper_id SET NOT NULL`);
    this.addSql(`ALTER TABLE member_code_use DROP CONSTRAINT member_code_use_pkey, ADD PRIMARY KEY (shopper_id, secret_id, counter)`);
  }
}
