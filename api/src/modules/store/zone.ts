// Shape checks for delivery zones that need no database: GeoJSON structure, closed rings, reach from the store.
import { geodesicDistanceM, type GeoJsonMultiPolygon, type GeoJsonPolygon, type LatLng } from '@linli/geo-data';
import { countPositions, MAX_GEOMETRY_VERTICES } from '../../common/geometry-size';

export type Zone = GeoJsonPolygon | GeoJsonMultiPolygon;

function isPosition(p: unknown): p is [number, number] {
  return (
    Array.isArray(p) &&
    (p.length === 2 || p.length === 3) &&
    p.every((v) => typeof v === 'number' && Number.isFinite(v)) &&
    Math.abs(p[0] as number) <= 180 &&
    Math.abs(p[1] as number) <= 90
  );
}

function checkPolygon(rings: unknown, where: string): string | undefined {
  if (!Array.isArray(rings) || rings.length === 0) return `${where}: a polygon needs at least one ring`;
  for (const [i, ring] of rings.entries()) {
    if (!Array.isArray(ring) || ring.length < 4) return `${where} ring ${i}: a ring needs at least 4 positions`;
    if (!ring.every(isPosition)) return `${where} ring ${i}: positions must be [lng, lat] within range`;
    const first = ring[0] as number[];
    const last = ring[ring.length - 1] as number[];
    if (first[0] !== last[0] || first[1] !== last[1]) return `${where} ring ${i}: ring is not closed (first position must equal last)`;
  }
  return undefined;
}

/**
 * Returns a reason when the value is not a Polygon/MultiPolygon we can store, else undefined. The vertex cap comes
 * first, counted over every ring of whatever geometry was sent, so nothing below walks or measures a huge one.
 */
export function checkZoneShape(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return 'zone must be a GeoJSON geometry object';
  if (countPositions(value) > MAX_GEOMETRY_VERTICES) return `zone has more than ${MAX_GEOMETRY_VERTICES} vertices`;
  const { type, coordinates } = value as { type?: unknown; coordinates?: unknown };
  if (type === 'Polygon') return checkPolygon(coordinates, 'Polygon');
  if (type === 'MultiPolygon') {
    if (!Array.isArray(coordinates) || coordinates.length === 0) return 'MultiPolygon needs at least one polygon';
    for (const [i, poly] of coordinates.entries()) {
      const reason = checkPolygon(poly, `polygon ${i}`);
      if (reason) return reason;
    }
    return undefined;
  }
  return 'zone must be a GeoJSON Polygon or MultiPolygon';
}

/** The farthest vertex from the store, in metres: routing only searches this far around a point. */
export function zoneReachM(zone: Zone, store: LatLng): number {
  // A loop, not Math.max(...all): spreading a large array into a call overflows the stack.
  let reach = 0;
  const polygons = zone.type === 'Polygon' ? [zone.coordinates] : zone.coordinates;
  for (const rings of polygons) {
    for (const ring of rings) {
      for (const [lng, lat] of ring) reach = Math.max(reach, geodesicDistanceM(store, { lat: lat!, lng: lng! }));
    }
  }
  return reach;
}
