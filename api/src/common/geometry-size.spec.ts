import { describe, expect, it } from 'vitest';
import { countPositions, MAX_GEOMETRY_VERTICES, oversizeGeometry } from './geometry-size';

/** A closed ring of `n` positions (n - 1 distinct points on a circle, then the first again). */
function ring(n: number, lng = 121.48, lat = 31.23, r = 0.01): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < n - 1; i++)
    out.push([lng + r * Math.cos((2 * Math.PI * i) / (n - 1)), lat + r * Math.sin((2 * Math.PI * i) / (n - 1))]);
  out.push(out[0]!);
  return out;
}

describe('geometry size', () => {
  const cap = MAX_GEOMETRY_VERTICES;

  it('counts every ring of every geometry type up to the cap, and one past it', () => {
    expect(countPositions({ type: 'Polygon', coordinates: [ring(cap)] })).toBe(cap);
    expect(countPositions({ type: 'Polygon', coordinates: [ring(cap + 1)] })).toBe(cap + 1);
    // A hole counts like the shell; the parts of a MultiPolygon add up.
    expect(countPositions({ type: 'Polygon', coordinates: [ring(cap - 10), ring(10)] })).toBe(cap);
    expect(countPositions({ type: 'Polygon', coordinates: [ring(cap - 10), ring(11)] })).toBe(cap + 1);
    expect(countPositions({ type: 'MultiPolygon', coordinates: [[ring(2500)], [ring(2500)]] })).toBe(cap);
    expect(countPositions({ type: 'MultiPolygon', coordinates: [[ring(2500)], [ring(2000), ring(501)]] })).toBe(cap + 1);
    const collection = {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Polygon', coordinates: [ring(4000)] },
        { type: 'LineString', coordinates: ring(1001) },
      ],
    };
    expect(countPositions(collection)).toBe(cap + 1);
    expect(countPositions({ type: 'Feature', geometry: { type: 'MultiPoint', coordinates: ring(cap) }, properties: {} })).toBe(cap);
  });

  it('stops counting a huge polygon at the cap, with no recursion and no spread', () => {
    const huge = { type: 'Polygon', coordinates: [ring(130_000)] };
    expect(countPositions(huge)).toBe(cap + 1);
    // Nesting 100,000 arrays deep does not overflow the stack either.
    let deep: unknown = [1, 2];
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(countPositions({ type: 'Polygon', coordinates: deep })).toBe(1);
    expect(oversizeGeometry({ input: { deliveryZone: { type: 'Polygon', coordinates: deep } } }, '')).toBeUndefined();
  });

  it('finds the first oversize geometry anywhere in the variables, by its path', () => {
    const point = (i: number) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [120 + i / 1000, 30] },
      properties: { code: `C${i}` },
    });
    const features: unknown[] = Array.from({ length: 6000 }, (_, i) => point(i));
    // 6,000 points in one FeatureCollection are 6,000 geometries of one vertex each, not one of 6,000.
    expect(oversizeGeometry({ featureCollection: { type: 'FeatureCollection', features } }, '')).toBeUndefined();
    (features[17] as { properties: Record<string, unknown> }).properties.deliveryZone = { type: 'Polygon', coordinates: [ring(cap + 1)] };
    expect(oversizeGeometry({ featureCollection: { type: 'FeatureCollection', features } }, '')).toEqual({
      path: '.featureCollection.features.17.properties.deliveryZone',
      counted: cap + 1,
    });
    expect(oversizeGeometry({ input: { deliveryZone: { type: 'MultiPolygon', coordinates: [[ring(cap)]] } } }, '')).toBeUndefined();
  });
});
