import { describe, expect, it } from 'vitest';
import { checkZoneShape, zoneReachM, type Zone } from './zone';

/** A closed ring of `n` positions around (121.48, 31.23), about 1 km out. */
function ring(n: number): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < n - 1; i++)
    out.push([121.48 + 0.01 * Math.cos((2 * Math.PI * i) / (n - 1)), 31.23 + 0.01 * Math.sin((2 * Math.PI * i) / (n - 1))]);
  out.push(out[0]!);
  return out;
}

describe('zone shape', () => {
  it('caps a Polygon and a MultiPolygon alike at 5,000 vertices over all their rings', () => {
    expect(checkZoneShape({ type: 'Polygon', coordinates: [ring(5000)] })).toBeUndefined();
    expect(checkZoneShape({ type: 'Polygon', coordinates: [ring(5001)] })).toBe('zone has more than 5000 vertices');
    expect(checkZoneShape({ type: 'Polygon', coordinates: [ring(4990), ring(11)] })).toBe('zone has more than 5000 vertices');
    expect(checkZoneShape({ type: 'MultiPolygon', coordinates: [[ring(2500)], [ring(2500)]] })).toBeUndefined();
    expect(checkZoneShape({ type: 'MultiPolygon', coordinates: [[ring(2500)], [ring(2501)]] })).toBe('zone has more than 5000 vertices');
    // Types a zone may not be are refused too, and a huge one is refused by its size before anything else reads it.
    expect(checkZoneShape({ type: 'GeometryCollection', geometries: [{ type: 'Polygon', coordinates: [ring(5001)] }] })).toBe(
      'zone has more than 5000 vertices',
    );
    expect(checkZoneShape({ type: 'GeometryCollection', geometries: [] })).toBe('zone must be a GeoJSON Polygon or MultiPolygon');
  });

  it('measures the reach of a 130,000-vertex zone without overflowing the stack', () => {
    const zone = { type: 'Polygon', coordinates: [ring(130_000)] } as Zone;
    const reach = zoneReachM(zone, { lat: 31.23, lng: 121.48 });
    expect(reach).toBeGreaterThan(900);
    expect(reach).toBeLessThan(1200);
  });
});
