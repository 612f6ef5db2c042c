// HQ's split rule sets: drafts (editable), publishing (validated, frozen as the next version with an effective
// time), and previews of a set against real past orders, computed with the ledger's own split code.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../common/clock';
import { badUserInput } from '../../common/errors';
import { transaction, UUID } from '../../common/sql';
import type { Config } from '../../common/config';
import type { FulfilmentType } from '../routing/routing.types';
import { loadRules, loadRulesOf, ordersHandedOver, storeGroupsOf } from './ledger.repository';
import {
  existingIds,
  insertRules,
  insertRuleSet,
  listRuleSets,
  lockRuleSet,
  publishRuleSet,
  renameDraftDroppingRules,
  storeCodes,
  type NewRule,
} from './rule-set.repository';
import { fundingForOrder, splitForOrder } from './order-split';
import { addAmounts, zeroAmounts, type SettlementAmounts } from './settlement-report';
import { netPayable } from './settlement.repository';
import { SplitRuleSetNotEditableError, SplitRuleSetNotFoundError, SplitRuleSetRejectedError } from './settlement.errors';
import { SplitPreview, SplitRule, SplitRuleSet, SplitRuleSetStatus, StoreSettlement, type SplitRuleSetInput } from './settlement.types';
import { specificity, validateRuleSet, type RuleViolation, type SplitRuleDef } from './split-rules';
import { WHOLE_BP } from './split-arithmetic';
import { checkPeriod } from './period';

type RuleSetConfig = Pick<Config, 'paymentFeeBp' | 'profitSharingMaxBp'>;

export class RuleSetService {
  constructor(
    private readonly em: EntityManager,
    private readonly config: RuleSetConfig,
    private readonly clock: Clock,
  ) {}

  async create(input: SplitRuleSetInput, actor: string) {
    const unknown = await this.unknownReferences(input);
    if (unknown.length) return SplitRuleSetRejectedError.of(unknown);
    const id = randomUUID();
    await transaction(this.em, async (tx) => {
      await insertRuleSet(tx, { id, name: input.name, actor, at: this.clock.now() });
      await insertRules(tx, id, newRules(input));
    });
    return (await this.find(id))!;
  }

  /** Replaces a draft's name and rules. */
  async update(id: string, input: SplitRuleSetInput) {
    const unknown = await this.unknownReferences(input);
    if (unknown.length) return SplitRuleSetRejectedError.of(unknown);
    const blocked = await transaction(this.em, async (tx) => {
      const state = await lockRuleSet(tx, id);
      if (!state || state.version !== null) return state ?? 'missing';
      await renameDraftDroppingRules(tx, id, input.name, this.clock.now());
      await insertRules(tx, id, newRules(input));
      return undefined;
    });
    if (blocked === 'missing') return SplitRuleSetNotFoundError.of(id);
    if (blocked) return SplitRuleSetNotEditableError.of(id, blocked.version!);
    return (await this.find(id))!;
  }

  /**
   * Validates the draft and freezes it as the next version, in force for orders paid from `effectiveAt` on
   * (which may not lie in the past: orders already paid keep the version they recorded).
   */
  async publish(id: string, effectiveAt: Date | undefined, actor: string) {
    const now = this.clock.now();
    const at = effectiveAt ?? now;
    if (at.getTime() < now.getTime())
      throw badUserInput('effectiveAt may not be in the past: orders already paid keep the version they recorded', 'effectiveAt');
    const outcome = await transaction(this.em, async (tx) => {
      const state = await lockRuleSet(tx, id);
      if (!state) return SplitRuleSetNotFoundError.of(id);
      if (state.version !== null) return SplitRuleSetNotEditableError.of(id, state.version);
      const rules = await loadRules(tx, id);
      const groupMembers = new Map<string, Set<string>>();
      for (const [store, groups] of await storeGroupsOf(tx))
        for (const g of groups) groupMembers.set(g, (groupMembers.get(g) ?? new Set()).add(store));
      const violations = validateRuleSet(rules, { maxStoreBp: this.config.profitSharingMaxBp, groupMembers });
      if (violations.length) return SplitRuleSetRejectedError.of(violations);
      await publishRuleSet(tx, id, { effectiveAt: at, at: now, actor });
      return undefined;
    });
    return outcome ?? (await this.find(id))!;
  }

  async find(id: string): Promise<SplitRuleSet | undefined> {
    if (!UUID.test(id)) return undefined;
    return (await this.list(id))[0];
  }

  /** Every set, newest first (published versions, then drafts). */
  async list(onlyId?: string): Promise<SplitRuleSet[]> {
    const sets = await listRuleSets(this.em, onlyId ?? null);
    const rulesOf = await loadRulesOf(
      this.em,
      sets.map((r) => r.id),
    );
    return sets.map((r) =>
      Object.assign(new SplitRuleSet(), { ...r, status: r.status as SplitRuleSetStatus, rules: (rulesOf.get(r.id) ?? []).map(toRule) }),
    );
  }

  /**
   * What each store would have received had this set applied to the orders that reached their shoppers in
   * the period (with their refunds so far): the ledger's split code on real orders; nothing is written.
   */
  async preview(id: string, period: { from: string; to: string; storeId?: string | null }) {
    checkPeriod(period);
    const set = await this.find(id);
    if (!set) return SplitRuleSetNotFoundError.of(id);
    const rules = await loadRules(this.em, id);
    const orders = await ordersHandedOver(this.em, period);
    const groups = await storeGroupsOf(this.em);
    const stores = new Map<string, SettlementAmounts>();
    const row = (storeId: string) => stores.get(storeId) ?? stores.set(storeId, zeroAmounts()).get(storeId)!;
    for (const o of orders) {
      const storeGroups = groups.get(o.storeId) ?? new Set<string>();
      const s = splitForOrder(o, rules, storeGroups, this.config.paymentFeeBp);
      const f = fundingForOrder(o, rules, storeGroups);
      const add = {
        ...zeroAmounts(),
        orders: 1,
        grossFen: o.totalFen,
        refundFen: o.refundedFen,
        feeFen: s.feeFen,
        fulfillingShareFen: s.fulfillingFen,
        hqShareFen: s.hqFen,
        hqPromotionCostFen: f.hqCostFen,
        storePromotionCostFen: f.storeCostFen,
        pointsCostFen: f.pointsFen,
        storeDiscountShareFen: f.fulfillingShareFen,
      };
      addAmounts(row(o.storeId), { ...add, netPayableFen: netPayable(add) });
      if (o.referringStoreId) {
        const referring = { ...zeroAmounts(), referringShareFen: s.referringFen, storeDiscountShareFen: f.referringShareFen };
        addAmounts(row(o.referringStoreId), { ...referring, netPayableFen: netPayable(referring) });
      }
    }
    const codes = await storeCodes(this.em, [...stores.keys()]);
    const rows = [...stores]
      .filter(([storeId]) => !period.storeId || storeId === period.storeId)
      .map(([storeId, a]) => Object.assign(new StoreSettlement(), { storeId, storeCode: codes.get(storeId)!, ...a }))
      .sort((a, b) => (a.storeCode < b.storeCode ? -1 : 1));
    return Object.assign(new SplitPreview(), { ruleSetId: id, from: period.from, to: period.to, stores: rows });
  }

  /** Rules naming a store, group or category that does not exist, each named. */
  private async unknownReferences(input: SplitRuleSetInput): Promise<(Omit<RuleViolation, 'code'> & { code: 'UNKNOWN_REFERENCE' })[]> {
    const out: (Omit<RuleViolation, 'code'> & { code: 'UNKNOWN_REFERENCE' })[] = [];
    const kinds = [
      ['storeId', 'store'],
      ['storeGroupId', 'store_group'],
      ['categoryId', 'category'],
    ] as const;
    for (const [field, table] of kinds) {
      const ids = [...new Set(input.rules.map((r) => r[field]).filter((v): v is string => !!v))];
      const bad = new Set(ids.filter((i) => !UUID.test(i)));
      const valid = ids.filter((i) => !bad.has(i));
      const found = await existingIds(this.em, table, valid);
      for (const r of input.rules) {
        const v = r[field];
        if (v && (bad.has(v) || !found.has(v)))
          out.push({
            code: 'UNKNOWN_REFERENCE',
            ruleName: r.name,
            message: `Rule "${r.name}" names an unknown ${table.replace('_', ' ')} ${v}`,
          });
      }
    }
    return out;
  }
}

function newRules(input: SplitRuleSetInput): NewRule[] {
  return input.rules.map((r) => ({
    name: r.name,
    fulfilment: r.fulfilment ?? null,
    categoryId: r.categoryId ?? null,
    storeId: r.storeId ?? null,
    storeGroupId: r.storeGroupId ?? null,
    priority: r.priority ?? 0,
    fulfillingBp: r.fulfillingStoreBp,
    referringBp: r.referringStoreBp,
  }));
}

function toRule(r: SplitRuleDef & { id: string }): SplitRule {
  return Object.assign(new SplitRule(), {
    id: r.id,
    name: r.name,
    fulfilment: r.fulfilment as FulfilmentType | null,
    categoryId: r.categoryId,
    storeId: r.storeId,
    storeGroupId: r.storeGroupId,
    priority: r.priority,
    fulfillingStoreBp: r.fulfillingBp,
    referringStoreBp: r.referringBp,
    hqBp: WHOLE_BP - r.fulfillingBp - r.referringBp,
    specificity: specificity(r),
  });
}
