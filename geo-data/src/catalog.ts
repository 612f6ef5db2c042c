// Loads the demo convenience-store catalog from data/catalog.json (prices in integer fen).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalog } from './types';

export const CATALOG_JSON_PATH = join(__dirname, '..', 'data', 'catalog.json');

let cached: Catalog | undefined;

/** Parsed once and shared: callers must not mutate the result. */
export function loadCatalog(): Catalog {
  if (!cached) {
    const parsed = JSON.parse(readFileSync(CATALOG_JSON_PATH, 'utf8')) as Catalog;
    if (!Array.isArray(parsed.categories) || !Array.isArray(parsed.products)) {
      throw new Error(`${CATALOG_JSON_PATH} has no categories or products`);
    }
    cached = parsed;
  }
  return cached;
}
