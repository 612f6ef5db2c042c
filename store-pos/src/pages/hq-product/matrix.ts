// The editor's spec matrix: spec dimensions typed as "name: a, b, c" rows become one SKU row per combination,
// keeping what was typed into a row when the dimensions change around it.

export interface SpecDraft {
  name: string;
  /** Values as typed, separated by commas (，or ,). */
  values: string;
}

export interface SkuDraft {
  code: string;
  barcode: string;
  price: string;
  compareAt: string;
}

export type Combination = { name: string; value: string }[];

export const splitValues = (text: string) =>
  text
    .split(/[,，、]/)
    .map((v) => v.trim())
    .filter(Boolean);

/** The usable dimensions: named, with at least one value, duplicates dropped. */
export function dimensions(specs: SpecDraft[]): { name: string; values: string[] }[] {
  return specs.map((s) => ({ name: s.name.trim(), values: [...new Set(splitValues(s.values))] })).filter((s) => s.name && s.values.length);
}

export function combinationsOf(specs: SpecDraft[]): Combination[] {
  return dimensions(specs).reduce<Combination[]>(
    (acc, d) => acc.flatMap((c) => d.values.map((v) => [...c, { name: d.name, value: v }])),
    [[]],
  );
}

export const keyOf = (c: Combination) => c.map((a) => `${a.name}=${a.value}`).join('|');
export const labelOf = (c: Combination) => c.map((a) => a.value).join(' / ') || '默认';
