import { describe, expect, it } from 'vitest';
import { pickRule, specificity, validateRuleSet, type SplitRuleDef, type SplitTarget } from './split-rules';

const rule = (name: string, over: Partial<SplitRuleDef> = {}): SplitRuleDef => ({
  name,
  fulfilment: null,
  categoryId: null,
  storeId: null,
  storeGroupId: null,
  priority: 0,
  fulfillingBp: 1000,
  referringBp: 500,
  ...over,
});
const target = (over: Partial<SplitTarget> = {}): SplitTarget => ({
  fulfilment: 'PICKUP',
  categoryId: 'fresh',
  storeId: 's1',
  storeGroupIds: new Set(['g1']),
  ...over,
});
const limits = {
  maxStoreBp: 3000,
  groupMembers: new Map([
    ['g1', new Set(['s1', 's2'])],
    ['g2', new Set(['s2'])],
    ['g3', new Set(['s3'])],
  ]),
};

describe('split rules', () => {
  it('ranks store > store group > category > fulfilment > default', () => {
    const rules = [
      rule('default'),
      rule('pickup', { fulfilment: 'PICKUP' }),
      rule('fresh', { categoryId: 'fresh' }),
      rule('group', { storeGroupId: 'g1' }),
      rule('store', { storeId: 's1' }),
    ];
    expect(pickRule(rules, target())!.name).toBe('store');
    expect(pickRule(rules, target({ storeId: 's9' }))!.name).toBe('group');
    expect(pickRule(rules, target({ storeId: 's9', storeGroupIds: new Set() }))!.name).toBe('fresh');
    expect(pickRule(rules, target({ storeId: 's9', storeGroupIds: new Set(), categoryId: 'toys' }))!.name).toBe('pickup');
    expect(pickRule(rules, target({ storeId: 's9', storeGroupIds: new Set(), categoryId: 'toys', fulfilment: 'DELIVERY' }))!.name).toBe(
      'default',
    );
    expect(specificity(rule('x', { categoryId: 'c', fulfilment: 'PICKUP' }))).toBeGreaterThan(specificity(rule('y', { categoryId: 'c' })));
    expect(specificity(rule('x', { storeGroupId: 'g' }))).toBeGreaterThan(
      specificity(rule('y', { categoryId: 'c', fulfilment: 'PICKUP' })),
    );
  });

  it('breaks ties by priority, and keeps category rules off the delivery fee', () => {
    const rules = [
      rule('default'),
      rule('a', { fulfilment: 'PICKUP', priority: 1 }),
      rule('b', { fulfilment: 'PICKUP', priority: 5 }),
      rule('fresh', { categoryId: 'fresh' }),
    ];
    expect(pickRule(rules, target({ categoryId: 'x' }))!.name).toBe('b');
    expect(pickRule(rules, target({ categoryId: null }))!.name).toBe('b');
    expect(pickRule([rule('default'), rule('fresh', { categoryId: 'fresh' })], target({ categoryId: null }))!.name).toBe('default');
  });

  it('rejects a set without a default, shares out of range or over the cap, and overlaps, naming the rule', () => {
    expect(validateRuleSet([rule('default')], limits)).toEqual([]);
    const codes = (rules: SplitRuleDef[]) => validateRuleSet(rules, limits).map((v) => [v.code, v.ruleName]);
    expect(codes([rule('pickup', { fulfilment: 'PICKUP' })])).toEqual([['NO_DEFAULT_RULE', null]]);
    expect(codes([rule('default'), rule('neg', { categoryId: 'c', fulfillingBp: -1 })])).toEqual([['SHARE_OUT_OF_RANGE', 'neg']]);
    expect(codes([rule('default'), rule('big', { categoryId: 'c', fulfillingBp: 9000, referringBp: 2000 })])).toEqual([
      ['SHARE_OUT_OF_RANGE', 'big'],
    ]);
    expect(codes([rule('default'), rule('greedy', { categoryId: 'c', fulfillingBp: 2500, referringBp: 501 })])).toEqual([
      ['OVER_PROFIT_SHARING_CAP', 'greedy'],
    ]);
    expect(codes([rule('default'), rule('x', { storeId: 's1', storeGroupId: 'g1' })])).toEqual([['STORE_AND_GROUP', 'x']]);
    expect(codes([rule('default'), rule('default')])).toEqual([
      ['DUPLICATE_RULE_NAME', 'default'],
      ['OVERLAPPING_RULES', 'default'],
    ]);
    expect(codes([rule('default'), rule('p1', { fulfilment: 'PICKUP' }), rule('p2', { fulfilment: 'PICKUP' })])).toEqual([
      ['OVERLAPPING_RULES', 'p1'],
    ]);
    // Different priorities, different categories, or groups without a common store do not overlap.
    expect(codes([rule('default'), rule('p1', { fulfilment: 'PICKUP' }), rule('p2', { fulfilment: 'PICKUP', priority: 1 })])).toEqual([]);
    expect(codes([rule('default'), rule('c1', { categoryId: 'a' }), rule('c2', { categoryId: 'b' })])).toEqual([]);
    expect(codes([rule('default'), rule('g1', { storeGroupId: 'g1' }), rule('g3', { storeGroupId: 'g3' })])).toEqual([]);
    expect(codes([rule('default'), rule('g1', { storeGroupId: 'g1' }), rule('g2', { storeGroupId: 'g2' })])).toEqual([
      ['OVERLAPPING_RULES', 'g1'],
    ]);
    expect(
      validateRuleSet([rule('default'), rule('g1', { storeGroupId: 'g1' }), rule('g2', { storeGroupId: 'g2' })], limits)[0]!.otherRuleName,
    ).toBe('g2');
  });
});
