// The geometry the store book decides with, each answer as PostGIS would give it or "unsure". Distances are on the
// WGS-84 spheroid with Karney's algorithm, the one PostGIS's geography ST_Distance runs (via PROJ's geodesic), so
// they agree to well under a millimetre; zone tests are planar in a frame around the point, and a point too near an
// edge for that to be safe is "unsure" (the caller then asks PostgreSQL).
import type { GeoJsonMultiPolygon, LatLng } from '@linli/geo-data';
import { Geodesic } from 'geographiclib-geodesic';

/** A GeoJSON MultiPolygon's coordinates: polygons of rings of [lng, lat]. */
export type MultiPolygonCoordinates = GeoJsonMultiPolygon['coordinates'];

const WGS84 = Geodesic.WGS84;
const MEAN_RADIUS_M = 6_371_008.8;
const RAD = Math.PI / 180;

/** Slack for comparing a distance with a limit: the two libraries differ by far less. */
export const DISTANCE_SLACK_M = 0.5;

/** Metres between two points on the WGS-84 spheroid (PostGIS: ST_Distance of two geographies). */
export function spheroidDistanceM(a: LatLng, b: LatLng): number {
  return WGS84.Inverse(a.lat, a.lng, b.lat, b.lng).s12!;
}

/** `distance <= limit` (ST_DWithin), or undefined when the two are too close to call. */
export function within(distanceM: number, limitM: number): boolean | undefined {
  if (Math.abs(distanceM - limitM) < DISTANCE_SLACK_M) return undefined;
  return distanceM <= limitM;
}

/**
 * Whether the zone covers the point (ST_Covers on geography, whose edges are great-circle arcs), or undefined when
 * the point lies so near an edge that the planar frame could answer otherwise. The margin covers an arc's bulge
 * away from the straight line (L²/8R, doubled, more at higher latitudes), the frame's scale drift with distance,
 * and 15 m besides.
 */
export function zoneCovers(zone: MultiPolygonCoordinates, p: LatLng): boolean | undefined {
  const kx = Math.cos(p.lat * RAD) * MEAN_RADIUS_M * RAD;
  const ky = MEAN_RADIUS_M * RAD;
  const bulge = Math.max(1, Math.abs(Math.tan(p.lat * RAD))) / (4 * MEAN_RADIUS_M);
  let covered = false;
  for (const polygon of zone) {
    let inside = false;
    for (const ring of polygon) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const x1 = (ring[j]![0]! - p.lng) * kx;
        const y1 = (ring[j]![1]! - p.lat) * ky;
        const x2 = (ring[i]![0]! - p.lng) * kx;
        const y2 = (ring[i]![1]! - p.lat) * ky;
        const length = Math.hypot(x2 - x1, y2 - y1);
        const far = Math.max(Math.hypot(x1, y1), Math.hypot(x2, y2));
        const margin = 15 + length * length * bulge + far * 0.002;
        if (distanceToSegment(x1, y1, x2, y2) < margin) return undefined;
        // Even-odd crossings of the ray from the point along +x: holes flip it back.
        if (y1 > 0 !== y2 > 0 && x1 + ((0 - y1) * (x2 - x1)) / (y2 - y1) > 0) inside = !inside;
      }
    }
    if (inside) covered = true;
  }
  return covered;
}

/** The distance from the origin to the segment (x1, y1)–(x2, y2). */
function distanceToSegment(x1: number, y1: number, x2: number, y2: number): number {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, -(x1 * dx + y1 * dy) / lengthSquared));
  return Math.hypot(x1 + t * dx, y1 + t * dy);
}
