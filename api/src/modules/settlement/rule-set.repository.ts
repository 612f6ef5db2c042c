// SQL for split rule sets: drafts and their rules, publishing as the next version, and the references rules name.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray, query, UUID } from '../../common/sql';

export interface RuleSetRow {
  id: string;
  name: string;
  status: string;
  version: number | null;
  effectiveAt: Date | null;
  publishedAt: Date | null;
  createdAt: Date;
}

interface RuleSetRecord {
  id: string;
  name: string;
  status: string;
  version: number | null;
  effective_at: string | null;
  published_at: string | null;
  created_at: string;
}

const toRuleSetRow = (r: RuleSetRecord): RuleSetRow => ({
  id: r.id,
  name: r.name,
  status: r.status,
  version: r.version ?? null,
  effectiveAt: r.effective_at ? new Date(r.effective_at) : null,
  publishedAt: r.published_at ? new Date(r.published_at) : null,
  createdAt: new Date(r.created_at),
});

/** One set (by id) or every set, newest first: published versions, then drafts (at most 100). */
export async function listRuleSets(em: EntityManager, onlyId: string | null): Promise<RuleSetRow[]> {
  const rows = await query<RuleSetRecord>(
    em,
    `SELECT id, name, status, version, effective_at, published_at, created_at FROM split_rule_set
     WHERE :id::uuid IS NULL OR id = :id::uuid ORDER BY version DESC NULLS LAST, created_at DESC LIMIT 100`,
    { id: onlyId },
  );
  return rows.map(toRuleSetRow);
}

export async function insertRuleSet(tx: EntityManager, s: { id: string; name: string; actor: string; at: Date }): Promise<void> {
  await query(
    tx,
    `INSERT INTO split_rule_set (id, name, status, created_by, created_at, updated_at) VALUES (:id::uuid, :name, 'DRAFT', :actor, :at::timestamptz, :at::timestamptz)`,
    {
      id: s.id,
      name: s.name,
      actor: s.actor,
      at: s.at.toISOString(),
    },
  );
}

/** A draft's new name; its rules are dropped (the caller inserts the new ones). */
export async function renameDraftDroppingRules(tx: EntityManager, id: string, name: string, at: Date): Promise<void> {
  await query(tx, `DELETE FROM split_rule WHERE rule_set_id = :id::uuid`, { id });
  await query(tx, `UPDATE split_rule_set SET name = :name, updated_at = :at::timestamptz WHERE id = :id::uuid`, {
    id,
    name,
    at: at.toISOString(),
  });
}

/** Freezes the set as the next version; the advisory lock serialises concurrent publishers so versions follow publishing order. */
export async function publishRuleSet(tx: EntityManager, id: string, p: { effectiveAt: Date; at: Date; actor: string }): Promise<void> {
  await query(tx, `SELECT pg_advisory_xact_lock(hashtext('split_rule_set.version'))`, {});
  await query(
    tx,
    `UPDATE split_rule_set SET status = 'PUBLISHED', version = (SELECT coalesce(max(version), 0) + 1 FROM split_rule_set),
       effective_at = :eff::timestamptz, published_at = :now::timestamptz, published_by = :actor, updated_at = :now::timestamptz
     WHERE id = :id::uuid`,
    { id, eff: p.effectiveAt.toISOString(), now: p.at.toISOString(), actor: p.actor },
  );
}

/** Locks the set for an edit or a publish; its version is null while it is a draft. */
export async function lockRuleSet(tx: EntityManager, id: string): Promise<{ version: number | null } | undefined> {
  if (!UUID.test(id)) return undefined;
  const [r] = await query<{ version: number | null }>(tx, `SELECT version FROM split_rule_set WHERE id = :id::uuid FOR UPDATE`, { id });
  return r;
}

export interface NewRule {
  name: string;
  fulfilment: string | null;
  categoryId: string | null;
  storeId: string | null;
  storeGroupId: string | null;
  priority: number;
  fulfillingBp: number;
  referringBp: number;
}

/** The set's rules in the order given (their position). */
export async function insertRules(tx: EntityManager, ruleSetId: string, rules: readonly NewRule[]): Promise<void> {
  await query(
    tx,
    `INSERT INTO split_rule (id, rule_set_id, position, name, fulfilment, category_id, store_id, store_group_id, priority, fulfilling_bp, referring_bp)
     SELECT x.id, :set::uuid, x.position, x.name, x.fulfilment, x."categoryId", x."storeId", x."storeGroupId", x.priority, x."fulfillingBp", x."referringBp"
     FROM jsonb_to_recordset(:rules::jsonb) AS x(id uuid, position int, name text, fulfilment text, "categoryId" uuid, "storeId" uuid,
                                                "storeGroupId" uuid, priority int, "fulfillingBp" int, "referringBp" int)`,
    { set: ruleSetId, rules: JSON.stringify(rules.map((r, position) => ({ id: randomUUID(), position, ...r }))) },
  );
}

/** Stores' codes by id. */
export async function storeCodes(em: EntityManager, ids: readonly string[]): Promise<Map<string, string>> {
  const rows = await query<{ id: string; code: string }>(em, `SELECT id, code FROM store WHERE id = ANY(:ids::uuid[])`, {
    ids: pgArray(ids),
  });
  return new Map(rows.map((r) => [r.id, r.code]));
}

/** What a rule may name; each kind is its table. */
export type RuleReference = 'store' | 'store_group' | 'category';

const EXISTING: Record<RuleReference, string> = {
  store: `SELECT id FROM store WHERE id = ANY(:ids::uuid[])`,
  store_group: `SELECT id FROM store_group WHERE id = ANY(:ids::uuid[])`,
  category: `SELECT id FROM category WHERE id = ANY(:ids::uuid[])`,
};

/** Which of the ids (all UUIDs) name a row of that kind. */
export async function existingIds(em: EntityManager, kind: RuleReference, ids: readonly string[]): Promise<Set<string>> {
  return new Set((await query<{ id: string }>(em, EXISTING[kind], { ids: pgArray(ids) })).map((r) => r.id));
}
