// SQL for stores that the ORM does not express: PostGIS validity checks and the normalised hours tables.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ExceptionSpan, HoursSpan } from './opening-hours';
import type { Zone } from './zone';

export interface ZoneValidity {
  valid: boolean;
  reason: string;
  areaM2: number;
}

export async function zoneValidity(em: EntityManager, zone: Zone): Promise<ZoneValidity> {
  const [row] = await em.execute<{ valid: boolean; reason: string; area_m2: number }[]>(
    `SELECT ST_IsValid(g) AS valid, ST_IsValidReason(g) AS reason, ST_Area(g::geography) AS area_m2
       FROM (SELECT ST_SetSRID(ST_GeomFromGeoJSON(?::text), 4326) AS g) z`,
    [JSON.stringify(zone)],
  );
  return { valid: row!.valid, reason: row!.reason, areaM2: Number(row!.area_m2) };
}

/** Rewrites the store's hour rows from its normalised spans; runs inside the caller's transaction. */
export async function replaceHours(em: EntityManager, storeId: string, spans: HoursSpan[], exceptions: ExceptionSpan[]) {
  await em.execute(`DELETE FROM store_hours WHERE store_id = ?`, [storeId]);
  await em.execute(`DELETE FROM store_hours_exception WHERE store_id = ?`, [storeId]);
  if (spans.length > 0) {
    await em.execute(
      `INSERT INTO store_hours (store_id, weekday, opens_min, closes_min)
       SELECT ?, weekday, opens_min, closes_min
         FROM jsonb_to_recordset(?::jsonb) AS s(weekday smallint, opens_min smallint, closes_min smallint)`,
      [storeId, JSON.stringify(spans.map((s) => ({ weekday: s.weekday, opens_min: s.opensMin, closes_min: s.closesMin })))],
    );
  }
  if (exceptions.length > 0) {
    await em.execute(
      `INSERT INTO store_hours_exception (store_id, local_date, closed, opens_min, closes_min)
       SELECT ?, local_date, closed, opens_min, closes_min
         FROM jsonb_to_recordset(?::jsonb) AS e(local_date date, closed boolean, opens_min smallint, closes_min smallint)`,
      [
        storeId,
        JSON.stringify(
          exceptions.map((e) => ({ local_date: e.date, closed: e.closed, opens_min: e.opensMin, closes_min: e.closesMin })),
        ),
      ],
    );
  }
}
