// The distribution check's rules (docs/scale.md, "The distribution check"): a statement on a by-cluster table must
// filter or join on cluster_id, an INSERT into one must name it, unless the allow-list says why not.
import { fingerprintSync, loadModule, parseSync } from 'libpg-query';

/**
 * The by-cluster tables of docs/scale.md: Citus would distribute them by cluster_id. Not the stores, their hours and
 * exceptions, nor the counter tablets: each row names its cluster, but the tables are reference tables, copied to
 * every node (a few thousand rows HQ edits now and then, read by every hot path and every report, written by none; a
 * tablet's last unlock is a few writes a day).
 */
export const BY_CLUSTER = new Set([
  'store_stock',
  'stock_movement',
  'checkout',
  'customer_order',
  'order_line',
  'order_transition',
  'refund',
  'payment_event',
  'pickup_code',
  'pickup_attempt',
  'pickup_slot',
  'pickup_slot_claim',
  'ledger_entry',
  'ledger_posting',
  'profit_sharing_order',
  'profit_sharing_return',
  'shipping_info_upload',
  'after_sale',
  'outbox',
  'dashboard_store_day',
  'dashboard_store_sku_day',
  'dashboard_dirty_order',
  'shopper_notification',
  // Added with 20261209e-cluster-key-new-tables: rows of one store, checkout or order. (member_code_use was one
  // of them until 20261211d: a code's replay guard holds chain-wide, so its uses go by shopper, with its secret.)
  'flash_hold',
  'group_buy_group',
  'group_buy_member',
  'referral_order',
  'commission_line',
]);

export const ready = loadModule();

/** Visits every object of a parse tree with the key it hangs under. */
function walk(node, visit, key = '') {
  if (Array.isArray(node)) for (const n of node) walk(n, visit, key);
  else if (node && typeof node === 'object') {
    visit(node, key);
    for (const [k, v] of Object.entries(node)) walk(v, visit, k);
  }
}

/** Visits a statement's own clauses, not the statements nested in it (subqueries, CTEs: scopes of their own). */
function walkScope(node, visit) {
  if (Array.isArray(node)) for (const n of node) walkScope(n, visit);
  else if (node && typeof node === 'object') {
    visit(node);
    for (const [k, v] of Object.entries(node)) if (k !== 'SelectStmt' && k !== 'subquery' && k !== 'withClause') walkScope(v, visit);
  }
}

const clusterRef = (n) => {
  const fields = n.ColumnRef?.fields?.map((f) => f.String?.sval);
  return fields && fields.at(-1) === 'cluster_id' ? fields : undefined;
};

/**
 * The by-cluster tables a statement touches without the key, scope by scope (each SELECT, UPDATE, DELETE, INSERT):
 * a table is keyed when its name or alias qualifies cluster_id in a WHERE or JOIN condition anywhere in the statement
 * (a correlated subquery may key its outer table), when an unqualified cluster_id is in its own scope's WHERE or JOIN,
 * when a JOIN ... USING (cluster_id) takes it, or, for an INSERT's target, when cluster_id is among the columns.
 */
function unkeyed(tree) {
  const qualified = new Set();
  const conditions = (n) => [n.whereClause, ...(n.JoinExpr?.quals ? [n.JoinExpr.quals] : [])].filter(Boolean);
  walk(tree, (n) => {
    for (const c of conditions(n))
      walk(c, (m) => {
        const f = clusterRef(m);
        if (f && f.length > 1) qualified.add(f.at(-2));
      });
  });
  const missing = [];
  walk(tree, (n) => {
    const stmt = n.SelectStmt ?? n.UpdateStmt ?? n.DeleteStmt ?? n.InsertStmt;
    if (!stmt) return;
    const tables = [];
    let bare = false;
    const take = (rv) =>
      rv && BY_CLUSTER.has(rv.relname) && !rv.schemaname && tables.push({ table: rv.relname, alias: rv.alias?.aliasname ?? rv.relname });
    if (!n.InsertStmt) take(stmt.relation);
    else if (stmt.cols?.some((c) => c.ResTarget?.name === 'cluster_id')) qualified.add(`insert:${stmt.relation.relname}`);
    else take(stmt.relation);
    walkScope([stmt.fromClause, stmt.usingClause], (m) => {
      take(m.RangeVar);
      if (m.JoinExpr?.usingClause?.some((u) => u.String?.sval === 'cluster_id')) bare = true;
      if (m.JoinExpr?.quals) walkScope(m.JoinExpr.quals, (q) => clusterRef(q)?.length === 1 && (bare = true));
    });
    walkScope(stmt.whereClause, (q) => clusterRef(q)?.length === 1 && (bare = true));
    for (const t of tables) if (!bare && !qualified.has(t.alias)) missing.push(t.table);
  });
  return missing;
}

/** The by-cluster tables a statement touches without the key; [] when it keeps to one cluster (or touches none). */
export function unkeyedTables(sql) {
  let tree;
  try {
    tree = parseSync(sql);
  } catch {
    return [];
  }
  return [...new Set(unkeyed(tree))];
}

/** A statement's identity for the allow-list: constants and layout do not change it. */
export function fingerprint(sql) {
  try {
    return fingerprintSync(sql);
  } catch {
    return '';
  }
}

/**
 * The recorded statements that break the rule and no allow-list entry covers. `records`: { from, sql } as the
 * recorder writes them (`from` '' = a test's own SQL, not the API's). `allow`: { hqWide, byShopper }, each with
 * `statements` ({ fingerprint, reason }) and `files` ({ file, reason }: a file, or a folder ending in '/', whose every
 * statement is allowed).
 */
export function violations(records, allow) {
  const sections = [allow.hqWide ?? {}, allow.byShopper ?? {}];
  const byFingerprint = new Set(sections.flatMap((s) => s.statements ?? []).map((e) => e.fingerprint));
  const files = sections.flatMap((s) => s.files ?? []).map((e) => e.file);
  const byFile = (from) => files.some((f) => (f.endsWith('/') ? from.startsWith(f) : from === f));
  const out = [];
  const seen = new Set();
  for (const r of records) {
    // A test's own SQL, the migrations (database.ts runs them), the seed and the command-line scripts are not the API's.
    if (!r.from.startsWith('api/src/') || /^api\/src\/(migrations|seeders|scripts)\/|^api\/src\/database\.ts$/.test(r.from)) continue;
    const key = `${r.from}\n${r.sql}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const tables = unkeyedTables(r.sql);
    if (tables.length === 0) continue;
    const fp = fingerprint(r.sql);
    if (byFingerprint.has(fp) || byFile(r.from)) continue;
    out.push({ from: r.from, sql: r.sql, tables, fingerprint: fp });
  }
  return out;
}
