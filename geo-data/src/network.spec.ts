import { describe, expect, it } from 'vitest';
import { geodesicDistanceM, outOfChina } from './coords';
import { loadStoreNetwork } from './network';
import type { GeoJsonMultiPolygon, GeoJsonPolygon, LatLng, StoreFeature } from './types';

type Position = number[];
type Ring = Position[];

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const CLOSING_TIME = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;

const stores = loadStoreNetwork().features;
const latLngOf = (f: StoreFeature): LatLng => ({ lng: f.geometry.coordinates[0], lat: f.geometry.coordinates[1] });
const toLatLng = ([lng, lat]: Position): LatLng => ({ lat, lng });

function polygonsOf(zone: GeoJsonPolygon | GeoJsonMultiPolygon): Ring[][] {
  return zone.type === 'Polygon' ? [zone.coordinates] : zone.coordinates;
}

function cross(o: Position, a: Position, b: Position): number {
  return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
}

function onSegment(p: Position, a: Position, b: Position): boolean {
  return Math.min(a[0], b[0]) <= p[0] && p[0] <= Math.max(a[0], b[0]) && Math.min(a[1], b[1]) <= p[1] && p[1] <= Math.max(a[1], b[1]);
}

/** Closed segments a-b and c-d share a point (touching and collinear overlap count). */
function segmentsIntersect(a: Position, b: Position, c: Position, d: Position): boolean {
  const d1 = cross(c, d, a);
  const d2 = cross(c, d, b);
  const d3 = cross(a, b, c);
  const d4 = cross(a, b, d);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) return true;
  return (
    (d1 === 0 && onSegment(a, c, d)) ||
    (d2 === 0 && onSegment(b, c, d)) ||
    (d3 === 0 && onSegment(c, a, b)) ||
    (d4 === 0 && onSegment(d, a, b))
  );
}

function ringSelfIntersects(ring: Ring): boolean {
  const n = ring.length - 1; // edges; the ring is closed
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const adjacent = j === i + 1 || (i === 0 && j === n - 1);
      if (adjacent) continue;
      if (segmentsIntersect(ring[i], ring[i + 1], ring[j], ring[j + 1])) return true;
    }
  }
  return false;
}

function ringsIntersect(r: Ring, s: Ring): boolean {
  for (let i = 0; i + 1 < r.length; i++) {
    for (let j = 0; j + 1 < s.length; j++) {
      if (segmentsIntersect(r[i], r[i + 1], s[j], s[j + 1])) return true;
    }
  }
  return false;
}

/** Shoelace; positive means counter-clockwise in (lng, lat). */
function signedArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) sum += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return sum / 2;
}

function pointInRing(p: Position, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 2; i < ring.length - 1; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function pointInPolygon(p: Position, rings: Ring[]): boolean {
  return pointInRing(p, rings[0]) && !rings.slice(1).some((hole) => pointInRing(p, hole));
}

function zonesOverlap(a: Ring[][], b: Ring[][]): boolean {
  return a.some((pa) => b.some((pb) => ringsIntersect(pa[0], pb[0]) || pointInRing(pa[0][0], pb[0]) || pointInRing(pb[0][0], pa[0])));
}

describe('geometry helpers used below', () => {
  const square: Ring = [
    [0, 0],
    [1, 0],
    [1, 1],
    [0, 1],
    [0, 0],
  ];
  const bowtie: Ring = [
    [0, 0],
    [1, 1],
    [1, 0],
    [0, 1],
    [0, 0],
  ];
  it('tell a simple ring from a self-intersecting one', () => {
    expect(ringSelfIntersects(square)).toBe(false);
    expect(ringSelfIntersects(bowtie)).toBe(true);
    expect(
      ringSelfIntersects([
        [0, 0],
        [2, 0],
        [1, 0],
        [1, 1],
        [0, 0],
      ]),
    ).toBe(true); // doubles back
  });
  it('find points inside and outside', () => {
    expect(pointInPolygon([0.5, 0.5], [square])).toBe(true);
    expect(pointInPolygon([1.5, 0.5], [square])).toBe(false);
    expect(signedArea(square)).toBeGreaterThan(0);
  });
});

describe('store network', () => {
  it('has at least 30 stores in Shanghai and 15 in Hangzhou', () => {
    const byCity = new Map<string, number>();
    for (const s of stores) byCity.set(s.properties.city, (byCity.get(s.properties.city) ?? 0) + 1);
    expect(stores.length).toBeGreaterThanOrEqual(45);
    expect(byCity.size).toBeGreaterThanOrEqual(2);
    expect(byCity.get('上海')).toBeGreaterThanOrEqual(30);
    expect(byCity.get('杭州')).toBeGreaterThanOrEqual(15);
  });

  it('has unique store codes', () => {
    const codes = stores.map((s) => s.properties.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it.each(stores.map((s) => [s.properties.code, s] as const))('%s is well-formed', (_code, store) => {
    const { properties: p, geometry } = store;
    expect(store.type).toBe('Feature');
    expect(geometry.type).toBe('Point');
    expect(outOfChina(latLngOf(store))).toBe(false);
    expect(p.name).toMatch(/^邻里便利 .+店$/);
    expect(p.address.startsWith(`${p.city}市`)).toBe(true);
    expect(() => new Intl.DateTimeFormat(undefined, { timeZone: p.timeZone })).not.toThrow();
    expect(['ACTIVE', 'PAUSED', 'CLOSED']).toContain(p.status);

    expect(p.capabilities.length).toBeGreaterThan(0);
    expect(new Set(p.capabilities).size).toBe(p.capabilities.length);
    for (const c of p.capabilities) expect(['PICKUP', 'DELIVERY']).toContain(c);
    // Exactly one way to describe delivery coverage, and only for delivering stores.
    const areas = (p.deliveryZone ? 1 : 0) + (p.deliveryRadiusM !== undefined ? 1 : 0);
    expect(areas).toBe(p.capabilities.includes('DELIVERY') ? 1 : 0);
    if (p.deliveryRadiusM !== undefined) {
      expect(p.deliveryRadiusM).toBeGreaterThan(0);
      expect(p.deliveryRadiusM).toBeLessThanOrEqual(8000);
    }

    const weekdays = p.hours.map((h) => h.weekday);
    expect(new Set(weekdays).size).toBe(weekdays.length);
    for (const h of p.hours) {
      expect(Number.isInteger(h.weekday) && h.weekday >= 1 && h.weekday <= 7).toBe(true);
      expect(h.opens).toMatch(TIME);
      expect(h.closes).toMatch(CLOSING_TIME);
      expect(h.opens).not.toBe(h.closes);
    }

    const dates = p.exceptions.map((e) => e.date);
    expect(new Set(dates).size).toBe(dates.length);
    for (const e of p.exceptions) {
      expect(new Date(`${e.date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(e.date);
      if (!e.closed) {
        expect(e.opens).toMatch(TIME);
        expect(e.closes).toMatch(CLOSING_TIME);
      }
    }
  });

  const zoned = stores.filter((s) => s.properties.deliveryZone);

  it.each(zoned.map((s) => [s.properties.code, s] as const))('%s has a valid delivery zone around the store', (_code, store) => {
    const polygons = polygonsOf(store.properties.deliveryZone!);
    const here = store.geometry.coordinates;
    for (const rings of polygons) {
      for (const ring of rings) {
        expect(ring.length).toBeGreaterThanOrEqual(4);
        expect(ring[ring.length - 1]).toEqual(ring[0]);
        expect(ringSelfIntersects(ring)).toBe(false);
        for (const position of ring) {
          expect(position).toHaveLength(2);
          expect(outOfChina(toLatLng(position))).toBe(false);
          expect(geodesicDistanceM(latLngOf(store), toLatLng(position))).toBeLessThanOrEqual(8000);
        }
      }
      expect(signedArea(rings[0])).toBeGreaterThan(0); // RFC 7946: exterior rings counter-clockwise
    }
    expect(polygons.some((rings) => pointInPolygon(here, rings))).toBe(true);
    for (let i = 0; i < polygons.length; i++) {
      for (let j = i + 1; j < polygons.length; j++) {
        expect(zonesOverlap([polygons[i]], [polygons[j]])).toBe(false);
      }
    }
  });

  it('gives neighbouring stores overlapping zones', () => {
    const overlapping = zoned.filter((a) =>
      zoned.some((b) => b !== a && zonesOverlap(polygonsOf(a.properties.deliveryZone!), polygonsOf(b.properties.deliveryZone!))),
    );
    expect(overlapping.length / zoned.length).toBeGreaterThan(0.8);
  });

  it('keeps the variety routing tests rely on', () => {
    const props = stores.map((s) => s.properties);
    const count = (pred: (p: (typeof props)[number]) => boolean) => props.filter(pred).length;
    expect(count((p) => p.status === 'PAUSED')).toBe(2);
    expect(count((p) => p.status === 'CLOSED')).toBe(1);
    expect(count((p) => p.capabilities.length === 1 && p.capabilities[0] === 'PICKUP')).toBeGreaterThanOrEqual(2);
    expect(count((p) => p.capabilities.length === 1 && p.capabilities[0] === 'DELIVERY')).toBeGreaterThanOrEqual(2);
    expect(count((p) => p.deliveryZone?.type === 'MultiPolygon')).toBeGreaterThanOrEqual(1);
    expect(count((p) => p.deliveryRadiusM !== undefined)).toBeGreaterThanOrEqual(2);
    expect(count((p) => p.hours.length === 7 && p.hours.every((h) => h.opens === '00:00' && h.closes === '24:00'))).toBeGreaterThanOrEqual(
      3,
    );
    expect(count((p) => p.hours.some((h) => h.closes !== '24:00' && h.closes < h.opens))).toBeGreaterThanOrEqual(2);
    expect(count((p) => p.hours.length < 7)).toBeGreaterThanOrEqual(2);
    expect(count((p) => p.exceptions.length > 0)).toBeGreaterThanOrEqual(3);
    expect(count((p) => p.exceptions.some((e) => !e.closed))).toBeGreaterThanOrEqual(1);
  });
});
