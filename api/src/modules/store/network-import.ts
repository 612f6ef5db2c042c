// Imports a whole store network from a GeoJSON FeatureCollection: every feature valid, or nothing written. Checked
// and written in batches (a few statements per hundreds of stores, not several per store), telling its progress.
import type { EntityManager } from '@mikro-orm/postgresql';
import { CoordinateSystem } from '../../common/geo';
import { transaction } from '../../common/sql';
import { ErrorCode, errorResult } from '../../common/errors';
import { Store, StoreCapability, StoreStatus } from './store.entity';
import { ImportPhase, type ImportProgress } from './network-import-progress';
import type { CheckedDefinition } from './store-definition';
import { zoneVerdict } from './store-definition';
import { allStores, isDuplicateStoreCode, saveStoreBatch, zoneValidities } from './store.repository';
import type { StoreService } from './store.service';
import { FeatureError, NetworkImported, NetworkImportRejected, type StoreInput } from './store.types';

const MAX_FEATURES = 5000;

type Parsed = { ok: true; input: StoreInput } | { ok: false; message: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;

/** Reads one feature into a store input; properties follow geo-data's StoreProperties. */
export function parseStoreFeature(feature: unknown): Parsed {
  if (!isObject(feature) || feature.type !== 'Feature') return { ok: false, message: 'not a GeoJSON Feature' };
  const geometry = feature.geometry;
  if (!isObject(geometry) || geometry.type !== 'Point' || !Array.isArray(geometry.coordinates)) {
    return { ok: false, message: 'geometry must be a Point (the store location, WGS-84)' };
  }
  const [lng, lat] = geometry.coordinates as unknown[];
  if (typeof lat !== 'number' || typeof lng !== 'number' || Math.abs(lat) > 90 || Math.abs(lng) > 180) {
    return { ok: false, message: 'Point coordinates must be [lng, lat] within range' };
  }
  const p = feature.properties;
  if (!isObject(p)) return { ok: false, message: 'properties are missing' };
  for (const key of ['code', 'name', 'city', 'address', 'timeZone'] as const) {
    if (!isString(p[key])) return { ok: false, message: `properties.${key} must be a non-empty string` };
  }
  if ((p.code as string).length > 32) return { ok: false, message: 'properties.code is longer than 32 characters' };
  const status = p.status ?? StoreStatus.ACTIVE;
  if (!Object.values(StoreStatus).includes(status as StoreStatus)) {
    return { ok: false, message: 'properties.status must be ACTIVE, PAUSED or CLOSED' };
  }
  const capabilities = p.capabilities;
  if (!Array.isArray(capabilities) || !capabilities.every((c) => Object.values(StoreCapability).includes(c))) {
    return { ok: false, message: 'properties.capabilities must list PICKUP and/or DELIVERY' };
  }
  if (!Array.isArray(p.hours) || !Array.isArray(p.exceptions ?? [])) {
    return { ok: false, message: 'properties.hours (and exceptions, if given) must be arrays' };
  }
  const radius = p.deliveryRadiusM;
  if (radius !== undefined && radius !== null && !Number.isInteger(radius)) {
    return { ok: false, message: 'properties.deliveryRadiusM must be an integer number of metres' };
  }
  return {
    ok: true,
    input: {
      code: p.code as string,
      name: p.name as string,
      city: p.city as string,
      address: p.address as string,
      phone: isString(p.phone) ? p.phone : undefined,
      location: { lat, lng, system: CoordinateSystem.WGS84 },
      timeZone: p.timeZone as string,
      status: status as StoreStatus,
      capabilities: capabilities as StoreCapability[],
      hours: p.hours as StoreInput['hours'],
      exceptions: (p.exceptions ?? []) as StoreInput['exceptions'],
      deliveryZone: p.deliveryZone ?? undefined,
      deliveryRadiusM: (radius as number | null | undefined) ?? undefined,
    },
  };
}

/** Features whose zones PostGIS checks in one statement, and stores written in one batch of statements. */
const ZONE_BATCH = 250;
const WRITE_BATCH = 500;

export async function importNetwork(
  em: EntityManager,
  stores: StoreService,
  collection: unknown,
  progress: (p: ImportProgress) => void = () => undefined,
): Promise<NetworkImported | NetworkImportRejected> {
  const reject = (featureErrors: FeatureError[], message: string) =>
    Object.assign(errorResult(new NetworkImportRejected(), ErrorCode.NETWORK_IMPORT_REJECTED, message), { featureErrors });
  if (!isObject(collection) || collection.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    return reject([], 'expected a GeoJSON FeatureCollection');
  }
  const features = collection.features as unknown[];
  if (features.length > MAX_FEATURES) return reject([], `at most ${MAX_FEATURES} features per import`);
  const total = features.length;

  // 1. Every feature read and checked for what needs no database (hours, time zone, zone size, shape and reach).
  const errors: FeatureError[] = [];
  const fail = (index: number, code: string | null, errorCode: ErrorCode, message: string) =>
    errors.push(Object.assign(new FeatureError(), { index, code, errorCode, message }));
  const existing = new Map((await allStores(em)).map((s) => [s.code, s]));
  const seen = new Set<string>();
  const ready: Ready[] = [];
  for (const [index, feature] of features.entries()) {
    const parsed = parseStoreFeature(feature);
    const code = isObject(feature) && isObject(feature.properties) && isString(feature.properties.code) ? feature.properties.code : null;
    if (!parsed.ok) {
      fail(index, code, ErrorCode.NETWORK_IMPORT_REJECTED, parsed.message);
      continue;
    }
    if (seen.has(parsed.input.code)) {
      fail(index, code, ErrorCode.DUPLICATE_STORE_CODE, `store code ${parsed.input.code} appears twice in the import`);
      continue;
    }
    seen.add(parsed.input.code);
    const prior = existing.get(parsed.input.code);
    const store = prior ?? Object.assign(new Store(), { code: parsed.input.code });
    const checked = stores.prepare(store, parsed.input);
    if (!('spans' in checked)) {
      fail(index, code, checked.errorCode, checked.message);
      continue;
    }
    ready.push({ index, store, created: !prior, checked });
  }

  // 2. The zones, by PostGIS, a batch per statement.
  const zoned = ready.filter((r) => r.checked.deliveryZone !== null);
  let validated = total - zoned.length;
  progress({ phase: ImportPhase.VALIDATING, done: validated, total });
  for (let i = 0; i < zoned.length; i += ZONE_BATCH) {
    const batch = zoned.slice(i, i + ZONE_BATCH);
    const verdicts = await zoneValidities(
      em,
      batch.map((r) => ({ zone: r.checked.deliveryZone!, store: { lat: r.store.lat, lng: r.store.lng } })),
    );
    for (const [j, r] of batch.entries()) {
      const error = zoneVerdict(verdicts[j]!);
      if (error) fail(r.index, r.store.code, error.errorCode, error.message);
    }
    validated += batch.length;
    progress({ phase: ImportPhase.VALIDATING, done: validated, total });
  }
  if (errors.length > 0) {
    errors.sort((a, b) => a.index - b.index);
    return reject(errors, `${errors.length} of ${total} features are invalid; nothing was imported`);
  }

  // 3. Every store written in one transaction, a batch at a time: all of them or none.
  try {
    await transaction(em, async (tx) => {
      for (let i = 0; i < ready.length; i += WRITE_BATCH) {
        const batch = ready.slice(i, i + WRITE_BATCH);
        await saveStoreBatch(
          tx,
          batch.map((r) => ({ store: r.store, spans: r.checked.spans, exceptions: r.checked.exceptionSpans })),
        );
        progress({ phase: ImportPhase.WRITING, done: i + batch.length, total });
      }
    });
  } catch (err) {
    // Another request created a store with one of these codes meanwhile.
    const taken = isDuplicateStoreCode(err) ? /\(code\)=\((.*)\)/.exec((err as { detail?: string }).detail ?? '')?.[1] : undefined;
    const at = taken === undefined ? undefined : ready.find((r) => r.store.code === taken);
    if (!at) throw err;
    fail(at.index, taken!, ErrorCode.DUPLICATE_STORE_CODE, `Store code ${taken} is taken`);
    return reject(errors, `${errors.length} of ${total} features are invalid; nothing was imported`);
  }
  progress({ phase: ImportPhase.DONE, done: total, total });
  const created = ready.filter((r) => r.created).length;
  return Object.assign(new NetworkImported(), { created, updated: ready.length - created, stores: ready.map((r) => r.store) });
}

interface Ready {
  index: number;
  store: Store;
  created: boolean;
  checked: CheckedDefinition;
}
