// The facts the store book routes with, every store's, read in one statement (one snapshot) with the routing epoch
// they belong to (migration 20261213a-routing-epoch). Stores, their hours and exceptions are reference tables
// (docs/scale.md): one read serves every city.
import type { EntityManager } from '@mikro-orm/postgresql';
import { preparedQuery } from '../../common/sql';
import type { ExceptionSpan, HoursSpan } from '../store/opening-hours';
import type { MultiPolygonCoordinates } from './book-geometry';

export interface BookStore {
  id: string;
  clusterId: string;
  lat: number;
  lng: number;
  active: boolean;
  canPickup: boolean;
  canDeliver: boolean;
  deliveryRadiusM: number | null;
  deliveryReachM: number;
  zone: MultiPolygonCoordinates | null;
  timeZone: string;
  hours: HoursSpan[];
  exceptions: ExceptionSpan[];
}

export interface BookFacts {
  epoch: string;
  /** Sorted by latitude (the book looks at a band of them). */
  stores: BookStore[];
}

// Every exception, past ones too: a scheduled or test clock may ask about any date, and a chain has few.
const BOOK_SQL = `
  SELECT (SELECT n FROM routing_epoch WHERE one)::text AS epoch,
    coalesce((SELECT json_agg(json_build_object(
        'id', s.id, 'clusterId', s.cluster_id, 'lat', ST_Y(s.location::geometry), 'lng', ST_X(s.location::geometry),
        'active', s.status = 'ACTIVE', 'canPickup', s.can_pickup, 'canDeliver', s.can_deliver,
        'deliveryRadiusM', s.delivery_radius_m, 'deliveryReachM', s.delivery_reach_m,
        'zone', CASE WHEN s.delivery_area IS NULL THEN NULL ELSE (ST_AsGeoJSON(s.delivery_area, 15)::json -> 'coordinates') END,
        'timeZone', s.time_zone,
        'hours', coalesce((SELECT json_agg(json_build_object('weekday', h.weekday, 'opensMin', h.opens_min, 'closesMin', h.closes_min,
                                                             'carried', h.carried)) FROM store_hours h WHERE h.store_id = s.id), '[]'),
        'exceptions', coalesce((SELECT json_agg(json_build_object('date', e.local_date::text, 'closed', e.closed, 'opensMin', e.opens_min,
                                                                  'closesMin', e.closes_min))
                                FROM store_hours_exception e WHERE e.store_id = s.id), '[]'))
      ORDER BY ST_Y(s.location::geometry)) FROM store s), '[]') AS stores`;

export async function storeBookFacts(em: EntityManager): Promise<BookFacts> {
  const [row] = await preparedQuery<{ epoch: string; stores: (BookStore & { hours: (HoursSpan & { carried: boolean })[] })[] }>(
    em,
    BOOK_SQL,
    {},
  );
  // Without the epoch a guess could not be checked: no book (the caller routes by statement).
  if (row?.epoch == null) throw new Error('store book: routing_epoch has no row');
  return {
    epoch: row.epoch,
    // isOpenAt reads `carried` as present or not.
    stores: row.stores.map((s) => ({ ...s, hours: s.hours.map(({ carried, ...span }) => (carried ? { ...span, carried: true } : span)) })),
  };
}
