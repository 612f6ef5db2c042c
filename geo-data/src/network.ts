// Loads the demo store network from data/stores.geojson (WGS-84, RFC 7946).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StoreNetwork } from './types';

// Relative to this file so it works from src/ (vitest) and from dist/ (after tsc).
export const STORES_GEOJSON_PATH = join(__dirname, '..', 'data', 'stores.geojson');

let cached: StoreNetwork | undefined;

/** Parsed once and shared: callers must not mutate the result (copy before sorting or editing). */
export function loadStoreNetwork(): StoreNetwork {
  if (!cached) {
    const parsed = JSON.parse(readFileSync(STORES_GEOJSON_PATH, 'utf8')) as StoreNetwork;
    if (parsed.type !== 'FeatureCollection' || !Array.isArray(parsed.features)) {
      throw new Error(`${STORES_GEOJSON_PATH} is not a GeoJSON FeatureCollection`);
    }
    cached = parsed;
  }
  return cached;
}
