// An order's ledger entries and profit-sharing returns are filed under the order's cluster (its posting's and its
// split's), not under each row's store's: the posting basis, refunds' postings and profit sharing read them by order
// on their hot paths, and the referring store (the shopper's home store, which may be another city's) put some of them
// in a second cluster. The rows' store_id still names whose share it is; the settlement report reads entries by store
// across the chain either way. Entries of 付费会员 purchases (no order) stay where they are.
import { Migration } from '@mikro-orm/migrations';

export class MigrationLedgerEntryOrderCluster extends Migration {
  override async up(): Promise<void> {
    // The refile is no edit of history: the ledger's append-only guard sits out, as in 20261208h-cluster-key's backfill.
    this.addSql(`ALTER TABLE ledger_entry DISABLE TRIGGER USER`);
    this.addSql(`
      UPDATE ledger_entry e SET cluster_id = p.cluster_id FROM ledger_posting p
      WHERE p.id = e.posting_id AND p.order_id IS NOT NULL AND e.cluster_id <> p.cluster_id`);
    this.addSql(`ALTER TABLE ledger_entry ENABLE TRIGGER USER`);
    this.addSql(`
      UPDATE profit_sharing_return r SET cluster_id = s.cluster_id FROM profit_sharing_order s
      WHERE s.id = r.sharing_id AND r.cluster_id <> s.cluster_id`);
  }
}
