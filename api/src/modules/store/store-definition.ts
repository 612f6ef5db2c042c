// Validates a store's definition (time zone, hours, zone) before anything is written.
import type { HoursException, LatLng, WeeklyHours } from '@linli/geo-data';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isValidTimeZone, normaliseExceptions, normaliseWeeklyHours, type ExceptionSpan, type HoursSpan } from './opening-hours';
import { InvalidHoursError, InvalidTimeZoneError, InvalidZoneError, type StoreDefinitionError } from './store.errors';
import { zoneValidity, type ZoneValidity } from './store.repository';
import { checkZoneShape, zoneReachM, type Zone } from './zone';

/** Smallest plausible delivery area: a 100 m × 100 m block. */
const MIN_ZONE_AREA_M2 = 10_000;
const MIN_RADIUS_M = 100;

export interface StoreDefinition {
  location: LatLng;
  timeZone: string;
  canDeliver: boolean;
  hours: WeeklyHours[];
  exceptions: HoursException[];
  deliveryZone?: unknown;
  deliveryRadiusM?: number | null;
}

export interface CheckedDefinition {
  spans: HoursSpan[];
  exceptionSpans: ExceptionSpan[];
  deliveryZone: Zone | null;
  deliveryRadiusM: number | null;
  /** Radius, or farthest zone vertex with 1 % slack for sphere-vs-spheroid; 0 when the store does not deliver. */
  deliveryReachM: number;
}

type Checked = { ok: true; value: CheckedDefinition } | { ok: false; error: StoreDefinitionError };

/**
 * Everything about a definition that needs no database: time zone, hours, and the zone's size, shape and reach.
 * A zone that passes still needs `zoneVerdict` on PostGIS's reading of it (`zoneValidity`, or `zoneValidities`
 * for many at once).
 */
export function checkDefinitionShape(def: StoreDefinition, maxZoneReachM: number): Checked {
  const fail = (error: StoreDefinitionError) => ({ ok: false as const, error });
  if (!isValidTimeZone(def.timeZone)) return fail(InvalidTimeZoneError.of(def.timeZone));
  const spans = normaliseWeeklyHours(def.hours);
  if (!spans.ok) return fail(InvalidHoursError.of(spans.message));
  const exceptionSpans = normaliseExceptions(def.exceptions);
  if (!exceptionSpans.ok) return fail(InvalidHoursError.of(exceptionSpans.message));

  const zone = def.deliveryZone ?? null;
  const radius = def.deliveryRadiusM ?? null;
  if (zone !== null && radius !== null) return fail(InvalidZoneError.of('give either a zone polygon or a radius, not both'));
  if (def.canDeliver && zone === null && radius === null) {
    return fail(InvalidZoneError.of('a store that delivers needs a delivery zone or a radius'));
  }
  if (radius !== null && (radius < MIN_RADIUS_M || radius > maxZoneReachM)) {
    return fail(InvalidZoneError.of(`radius must be between ${MIN_RADIUS_M} and ${maxZoneReachM} metres`));
  }
  let reachM = radius ?? 0;
  if (zone !== null) {
    const shapeProblem = checkZoneShape(zone);
    if (shapeProblem) return fail(InvalidZoneError.of(shapeProblem));
    const reach = zoneReachM(zone as Zone, def.location);
    reachM = Math.ceil(reach * 1.01) + 1;
    if (reach > maxZoneReachM) {
      return fail(InvalidZoneError.of(`zone reaches ${Math.round(reach)} m from the store; at most ${maxZoneReachM} m`));
    }
  }
  return {
    ok: true,
    value: {
      spans: spans.value,
      exceptionSpans: exceptionSpans.value,
      deliveryZone: zone as Zone | null,
      deliveryRadiusM: radius,
      deliveryReachM: def.canDeliver ? reachM : 0,
    },
  };
}

/** What PostGIS's reading of a zone means for the store: invalid, not around the store, or too small. */
export function zoneVerdict(validity: ZoneValidity): InvalidZoneError | undefined {
  if (!validity.valid) return InvalidZoneError.of(validity.reason);
  if (!validity.coversStore) return InvalidZoneError.of('the zone must contain the store itself');
  if (validity.areaM2 < MIN_ZONE_AREA_M2) {
    return InvalidZoneError.of(`zone covers ${Math.round(validity.areaM2)} m²; at least ${MIN_ZONE_AREA_M2} m²`);
  }
  return undefined;
}

export async function checkStoreDefinition(em: EntityManager, def: StoreDefinition, maxZoneReachM: number): Promise<Checked> {
  const checked = checkDefinitionShape(def, maxZoneReachM);
  if (!checked.ok || !checked.value.deliveryZone) return checked;
  const error = zoneVerdict(await zoneValidity(em, checked.value.deliveryZone, def.location));
  return error ? { ok: false, error } : checked;
}
