// HQ's split rules as data: which rule covers a part of an order (most specific wins, then priority), and
// the checks a rule set must pass before it is published. Pure functions.
import { WHOLE_BP } from './split-arithmetic';

export type Fulfilment = 'DELIVERY' | 'PICKUP';

export interface SplitRuleDef {
  /** Unique in its set: errors name rules by it. */
  name: string;
  /** null: any. */
  fulfilment: Fulfilment | null;
  categoryId: string | null;
  storeId: string | null;
  storeGroupId: string | null;
  priority: number;
  fulfillingBp: number;
  referringBp: number;
}

/** What a rule is matched against: one part of one order. `categoryId` null is the delivery fee. */
export interface SplitTarget {
  fulfilment: Fulfilment;
  categoryId: string | null;
  storeId: string;
  storeGroupIds: ReadonlySet<string>;
}

/**
 * Specificity, explicitly: a store beats a store group beats a category beats the fulfilment type, and a rule
 * naming more of them beats one naming fewer of the same rank (bit weights 8/4/2/1 make it a strict order).
 * The default rule names nothing (0).
 */
export function specificity(rule: SplitRuleDef): number {
  return (rule.storeId ? 8 : 0) + (rule.storeGroupId ? 4 : 0) + (rule.categoryId ? 2 : 0) + (rule.fulfilment ? 1 : 0);
}

export function ruleMatches(rule: SplitRuleDef, target: SplitTarget): boolean {
  return (
    (rule.fulfilment === null || rule.fulfilment === target.fulfilment) &&
    (rule.categoryId === null || rule.categoryId === target.categoryId) &&
    (rule.storeId === null || rule.storeId === target.storeId) &&
    (rule.storeGroupId === null || target.storeGroupIds.has(rule.storeGroupId))
  );
}

/**
 * The rule covering a target: the most specific match, then the higher priority, then the earlier rule
 * (publishing rejects sets where that last step would decide). A rule naming a category never covers the
 * delivery fee, which therefore falls to the order-level rules.
 */
export function pickRule<R extends SplitRuleDef>(rules: readonly R[], target: SplitTarget): R | undefined {
  let best: R | undefined;
  for (const rule of rules) {
    if (!ruleMatches(rule, target)) continue;
    if (!best || specificity(rule) > specificity(best) || (specificity(rule) === specificity(best) && rule.priority > best.priority))
      best = rule;
  }
  return best;
}

export type RuleViolationCode =
  'NO_DEFAULT_RULE' | 'SHARE_OUT_OF_RANGE' | 'OVER_PROFIT_SHARING_CAP' | 'OVERLAPPING_RULES' | 'STORE_AND_GROUP' | 'DUPLICATE_RULE_NAME';

export interface RuleViolation {
  code: RuleViolationCode;
  /** The rule at fault (the first of an overlapping pair); null for a set-wide problem. */
  ruleName: string | null;
  otherRuleName?: string;
  message: string;
}

export interface RuleSetLimits {
  /** Most the stores together may get of an order (WeChat's profit-sharing ratio cap), in bp. */
  maxStoreBp: number;
  /** Store group → its stores, as of validation: two groups overlap where they share a store. */
  groupMembers: ReadonlyMap<string, ReadonlySet<string>>;
}

/** Every reason the set cannot be published; empty when it can. */
export function validateRuleSet(rules: readonly SplitRuleDef[], limits: RuleSetLimits): RuleViolation[] {
  const out: RuleViolation[] = [];
  const names = new Set<string>();
  for (const rule of rules) {
    if (names.has(rule.name)) out.push({ code: 'DUPLICATE_RULE_NAME', ruleName: rule.name, message: `Two rules are named "${rule.name}"` });
    names.add(rule.name);
    const shares = [rule.fulfillingBp, rule.referringBp];
    if (shares.some((bp) => !Number.isInteger(bp) || bp < 0 || bp > WHOLE_BP) || rule.fulfillingBp + rule.referringBp > WHOLE_BP) {
      out.push({
        code: 'SHARE_OUT_OF_RANGE',
        ruleName: rule.name,
        message: `Rule "${rule.name}": each share must be 0–10000 bp and together at most 10000 bp`,
      });
    } else if (rule.fulfillingBp + rule.referringBp > limits.maxStoreBp) {
      const message = `Rule "${rule.name}" sends ${rule.fulfillingBp + rule.referringBp} bp to stores; the profit-sharing cap is ${limits.maxStoreBp} bp`;
      out.push({ code: 'OVER_PROFIT_SHARING_CAP', ruleName: rule.name, message });
    }
    if (rule.storeId && rule.storeGroupId) {
      out.push({
        code: 'STORE_AND_GROUP',
        ruleName: rule.name,
        message: `Rule "${rule.name}" names both a store and a store group; use one`,
      });
    }
  }
  if (!rules.some((r) => specificity(r) === 0)) {
    out.push({ code: 'NO_DEFAULT_RULE', ruleName: null, message: 'A default rule (no fulfilment, category, store or group) is required' });
  }
  for (let i = 0; i < rules.length; i++) {
    for (let j = i + 1; j < rules.length; j++) {
      const [a, b] = [rules[i]!, rules[j]!];
      if (specificity(a) === specificity(b) && a.priority === b.priority && canOverlap(a, b, limits.groupMembers)) {
        const message = `Rules "${a.name}" and "${b.name}" can cover the same order with equal specificity and priority; change a priority`;
        out.push({ code: 'OVERLAPPING_RULES', ruleName: a.name, otherRuleName: b.name, message });
      }
    }
  }
  return out;
}

/** Whether some order part could match both (they name the same kinds of thing, so compare values). */
function canOverlap(a: SplitRuleDef, b: SplitRuleDef, groups: ReadonlyMap<string, ReadonlySet<string>>): boolean {
  if (a.fulfilment !== b.fulfilment || a.categoryId !== b.categoryId || a.storeId !== b.storeId) return false;
  if (a.storeGroupId === b.storeGroupId) return true;
  const [ga, gb] = [groups.get(a.storeGroupId!) ?? new Set<string>(), groups.get(b.storeGroupId!) ?? new Set<string>()];
  for (const s of ga) if (gb.has(s)) return true;
  return false;
}
