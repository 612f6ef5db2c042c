// WGS-84 <-> GCJ-02 conversion. GeoJSON and the database are WGS-84; Chinese map SDKs and
// wx.getLocation({ type: 'gcj02' }) speak GCJ-02, so the API converts at its edge with these.
import type { CoordSystem, LatLng } from './types';

// GCJ-02 is defined on the Krasovsky 1940 ellipsoid, not WGS-84's.
const KRASOVSKY_A = 6378245.0;
const KRASOVSKY_EE = 0.00669342162296594323;
const MEAN_EARTH_RADIUS_M = 6371008.8;

const INVERSE_TOLERANCE_DEG = 1e-9;
const INVERSE_MAX_ITERATIONS = 30;

/** The rough bounding box every GCJ-02 implementation uses; outside it no offset is applied. */
export function outOfChina(p: LatLng): boolean {
  return p.lng < 72.004 || p.lng > 137.8347 || p.lat < 0.8293 || p.lat > 55.8271;
}

function offsetLatUnits(x: number, y: number): number {
  const { sin, sqrt, abs, PI } = Math;
  let r = -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * sqrt(abs(x));
  r += ((20 * sin(6 * x * PI) + 20 * sin(2 * x * PI)) * 2) / 3;
  r += ((20 * sin(y * PI) + 40 * sin((y / 3) * PI)) * 2) / 3;
  r += ((160 * sin((y / 12) * PI) + 320 * sin((y / 30) * PI)) * 2) / 3;
  return r;
}

function offsetLngUnits(x: number, y: number): number {
  const { sin, sqrt, abs, PI } = Math;
  let r = 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * sqrt(abs(x));
  r += ((20 * sin(6 * x * PI) + 20 * sin(2 * x * PI)) * 2) / 3;
  r += ((20 * sin(x * PI) + 40 * sin((x / 3) * PI)) * 2) / 3;
  r += ((150 * sin((x / 12) * PI) + 300 * sin((x / 30) * PI)) * 2) / 3;
  return r;
}

/** The GCJ-02 offset in degrees at a WGS-84 point, without the bounding-box check. */
function gcjOffset(p: LatLng): LatLng {
  const x = p.lng - 105;
  const y = p.lat - 35;
  const radLat = (p.lat / 180) * Math.PI;
  const s = Math.sin(radLat);
  const magic = 1 - KRASOVSKY_EE * s * s;
  const sqrtMagic = Math.sqrt(magic);
  // Offsets are metres on the ellipsoid; divide by the meridian / parallel radius of curvature.
  const meridianRadius = (KRASOVSKY_A * (1 - KRASOVSKY_EE)) / (magic * sqrtMagic);
  const parallelRadius = (KRASOVSKY_A / sqrtMagic) * Math.cos(radLat);
  return {
    lat: (offsetLatUnits(x, y) * 180) / (meridianRadius * Math.PI),
    lng: (offsetLngUnits(x, y) * 180) / (parallelRadius * Math.PI),
  };
}

export function wgs84ToGcj02(p: LatLng): LatLng {
  if (outOfChina(p)) return { lat: p.lat, lng: p.lng };
  const d = gcjOffset(p);
  return { lat: p.lat + d.lat, lng: p.lng + d.lng };
}

/**
 * Fixed-point inverse: the offset varies slowly, so w <- w - (forward(w) - g) converges in a few
 * steps to well under a millimetre, unlike the common one-step approximation (~1 m error).
 */
export function gcj02ToWgs84(g: LatLng): LatLng {
  if (outOfChina(g)) return { lat: g.lat, lng: g.lng };
  let w: LatLng = { lat: g.lat, lng: g.lng };
  for (let i = 0; i < INVERSE_MAX_ITERATIONS; i++) {
    // Use the raw offset so a point near the box edge does not flip between offset and none.
    const d = gcjOffset(w);
    const errLat = w.lat + d.lat - g.lat;
    const errLng = w.lng + d.lng - g.lng;
    w = { lat: w.lat - errLat, lng: w.lng - errLng };
    if (Math.abs(errLat) < INVERSE_TOLERANCE_DEG && Math.abs(errLng) < INVERSE_TOLERANCE_DEG) break;
  }
  return w;
}

export function toWgs84(p: LatLng, system: CoordSystem): LatLng {
  return system === 'GCJ02' ? gcj02ToWgs84(p) : { lat: p.lat, lng: p.lng };
}

export function fromWgs84(p: LatLng, system: CoordSystem): LatLng {
  return system === 'GCJ02' ? wgs84ToGcj02(p) : { lat: p.lat, lng: p.lng };
}

/** Haversine on the mean Earth radius: good to ~0.5 %, for sanity checks and for ordering candidates cheaply (the API's
 *  figures come from PostGIS, or from the spheroid in routing/book-geometry.ts). */
export function geodesicDistanceM(a: LatLng, b: LatLng): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * MEAN_EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}
