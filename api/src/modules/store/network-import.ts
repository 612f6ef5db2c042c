// Imports a whole store network from a GeoJSON FeatureCollection: every feature valid, or nothing written.
import type { EntityManager } from '@mikro-orm/postgresql';
import { CoordinateSystem } from '../../common/geo';
import { transaction } from '../../common/sql';
import { ErrorCode, errorResult } from '../../common/errors';
import { Store, StoreCapability, StoreStatus } from './store.entity';
import { allStores } from './store.repository';
import type { StoreService } from './store.service';
import { FeatureError, NetworkImported, NetworkImportRejected, type StoreInput } from './store.types';

const MAX_FEATURES = 5000;

class RollBack extends Error {}

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

export async function importNetwork(
  em: EntityManager,
  stores: StoreService,
  collection: unknown,
): Promise<NetworkImported | NetworkImportRejected> {
  const reject = (featureErrors: FeatureError[], message: string) =>
    Object.assign(errorResult(new NetworkImportRejected(), ErrorCode.NETWORK_IMPORT_REJECTED, message), { featureErrors });
  if (!isObject(collection) || collection.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    return reject([], 'expected a GeoJSON FeatureCollection');
  }
  const features = collection.features as unknown[];
  if (features.length > MAX_FEATURES) return reject([], `at most ${MAX_FEATURES} features per import`);

  const errors: FeatureError[] = [];
  const seen = new Set<string>();
  let created = 0;
  let updated = 0;
  const saved: Store[] = [];
  try {
    await transaction(em, async (tx) => {
      const existing = new Map((await allStores(tx)).map((s) => [s.code, s]));
      for (const [index, feature] of features.entries()) {
        const parsed = parseStoreFeature(feature);
        const code =
          isObject(feature) && isObject(feature.properties) && isString(feature.properties.code) ? feature.properties.code : null;
        const fail = (errorCode: ErrorCode, message: string) =>
          errors.push(Object.assign(new FeatureError(), { index, code, errorCode, message }));
        if (!parsed.ok) {
          fail(ErrorCode.NETWORK_IMPORT_REJECTED, parsed.message);
          continue;
        }
        if (seen.has(parsed.input.code)) {
          fail(ErrorCode.DUPLICATE_STORE_CODE, `store code ${parsed.input.code} appears twice in the import`);
          continue;
        }
        seen.add(parsed.input.code);
        const prior = existing.get(parsed.input.code);
        const store = prior ?? Object.assign(new Store(), { code: parsed.input.code });
        const result = await stores.save(store, parsed.input, tx);
        if (!(result instanceof Store)) {
          fail(result.errorCode, result.message);
          continue;
        }
        saved.push(result);
        if (prior) updated++;
        else created++;
      }
      if (errors.length > 0) throw new RollBack();
    });
  } catch (err) {
    if (err instanceof RollBack) {
      return reject(errors, `${errors.length} of ${features.length} features are invalid; nothing was imported`);
    }
    throw err;
  }
  return Object.assign(new NetworkImported(), { created, updated, stores: saved });
}
