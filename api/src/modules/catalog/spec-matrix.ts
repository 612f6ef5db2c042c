// A product's spec dimensions (e.g. 规格 × 口味) and its SKUs: one SKU for every combination, no more, no less.

export interface SpecDimension {
  name: string;
  values: string[];
}

export type SkuCombination = Record<string, string>;

/** Every combination of the dimensions' values, in the dimensions' order (one empty combination when none). */
export function combinations(specs: readonly SpecDimension[]): SkuCombination[] {
  return specs.reduce<SkuCombination[]>((acc, dim) => acc.flatMap((c) => dim.values.map((v) => ({ ...c, [dim.name]: v }))), [{}]);
}

const keyOf = (specs: readonly SpecDimension[], c: SkuCombination) => specs.map((s) => c[s.name] ?? '').join('\u0000');
export const describeCombination = (specs: readonly SpecDimension[], c: SkuCombination) =>
  specs.map((s) => `${s.name}=${c[s.name] ?? '?'}`).join(', ') || '（无规格）';

export type MatrixCheck = { ok: true } | { ok: false; missing: string[]; problem: string };

/** Whether the SKUs cover the dimensions exactly: what is missing, duplicated or names an unknown value. */
export function checkSpecMatrix(specs: readonly SpecDimension[], skus: readonly SkuCombination[]): MatrixCheck {
  const names = specs.map((s) => s.name.trim());
  if (names.some((n) => !n) || new Set(names).size !== names.length) return { ok: false, missing: [], problem: '规格名不能为空或重复' };
  for (const s of specs) {
    if (!s.values.length || s.values.some((v) => !v.trim()) || new Set(s.values).size !== s.values.length)
      return { ok: false, missing: [], problem: `规格「${s.name}」的值不能为空或重复` };
  }
  const seen = new Set<string>();
  for (const sku of skus) {
    const keys = Object.keys(sku);
    if (keys.length !== specs.length || specs.some((s) => !s.values.includes(sku[s.name] ?? '')))
      return { ok: false, missing: [], problem: `SKU「${describeCombination(specs, sku)}」不在规格表里` };
    const key = keyOf(specs, sku);
    if (seen.has(key)) return { ok: false, missing: [], problem: `SKU「${describeCombination(specs, sku)}」重复` };
    seen.add(key);
  }
  const missing = combinations(specs)
    .filter((c) => !seen.has(keyOf(specs, c)))
    .map((c) => describeCombination(specs, c));
  return missing.length ? { ok: false, missing, problem: `缺少 ${missing.length} 个规格组合` } : { ok: true };
}
