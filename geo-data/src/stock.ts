// Deterministic demo stock levels for seeding a database and for tests.
import { mulberry32 } from './prng';
import type { StockLevel } from './types';

const STOCKED_SHARE = 0.85;
const MAX_ON_HAND = 120;

function hashString(text: string, seed: number): number {
  let h = (2166136261 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** Stores are grouped into cities by the part of their code before the first '-' ('SH-001' -> 'SH'). */
export function cityKeyOfStoreCode(storeCode: string): string {
  const dash = storeCode.indexOf('-');
  return dash < 0 ? storeCode : storeCode.slice(0, dash);
}

/**
 * About 85 % of store x SKU pairs get a row, with 0-120 units skewed towards small numbers
 * (so routing has to look past the nearest store); the rest have no row at all. Each store draws
 * from its own seeded stream, so adding stores or appending SKUs leaves existing levels unchanged
 * (except a city-level top-up, which with more than a few stores in a city practically never fires).
 * Every SKU ends up with units on hand in at least one store of every city.
 */
export function demoStock(storeCodes: string[], skuCodes: string[], seed = 42): StockLevel[] {
  const skuCount = skuCodes.length;
  // -1 = no row for this pair.
  const onHand = new Int32Array(storeCodes.length * skuCount).fill(-1);

  storeCodes.forEach((storeCode, s) => {
    const rand = mulberry32(hashString(storeCode, seed));
    for (let k = 0; k < skuCount; k++) {
      const stocked = rand() < STOCKED_SHARE;
      const u = rand();
      if (stocked) onHand[s * skuCount + k] = Math.floor(u * u * (MAX_ON_HAND + 1));
    }
  });

  const storesByCity = new Map<string, number[]>();
  storeCodes.forEach((code, s) => {
    const key = cityKeyOfStoreCode(code);
    const stores = storesByCity.get(key);
    if (stores) stores.push(s);
    else storesByCity.set(key, [s]);
  });
  for (const [city, stores] of storesByCity) {
    const rand = mulberry32(hashString(`city:${city}`, seed));
    for (let k = 0; k < skuCount; k++) {
      // Draw before checking, so each SKU consumes the same numbers whether or not it needs a fix.
      const pick = stores[Math.floor(rand() * stores.length)];
      const extra = 1 + Math.floor(rand() * 20);
      if (stores.some((s) => onHand[s * skuCount + k] > 0)) continue;
      onHand[pick * skuCount + k] = extra;
    }
  }

  const levels: StockLevel[] = [];
  storeCodes.forEach((storeCode, s) => {
    for (let k = 0; k < skuCount; k++) {
      const units = onHand[s * skuCount + k];
      if (units >= 0) levels.push({ storeCode, skuCode: skuCodes[k], onHand: units });
    }
  });
  return levels;
}
