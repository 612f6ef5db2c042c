import gcoord from 'gcoord';
import { describe, expect, it } from 'vitest';
import { fromWgs84, gcj02ToWgs84, geodesicDistanceM, outOfChina, toWgs84, wgs84ToGcj02 } from './coords';
import { mulberry32 } from './prng';
import type { LatLng } from './types';

// Well inside the offset box, so both implementations apply the offset.
function randomPointsInChina(count: number, seed: number): LatLng[] {
  const rand = mulberry32(seed);
  return Array.from({ length: count }, () => ({
    lat: 18 + rand() * 35,
    lng: 74 + rand() * 60,
  }));
}

describe('wgs84ToGcj02', () => {
  it('moves (lat 40, lng 120) by about 505 m', () => {
    const p = { lat: 40, lng: 120 };
    expect(geodesicDistanceM(p, wgs84ToGcj02(p))).toBeGreaterThan(475);
    expect(geodesicDistanceM(p, wgs84ToGcj02(p))).toBeLessThan(535);
  });

  it('moves a point in Shanghai by about 480 m', () => {
    const p = { lat: 31.23, lng: 121.47 };
    const d = geodesicDistanceM(p, wgs84ToGcj02(p));
    expect(d).toBeGreaterThan(450);
    expect(d).toBeLessThan(510);
  });

  it('leaves points outside China unchanged', () => {
    const paris = { lat: 48.8566, lng: 2.3522 };
    const sydney = { lat: -33.8688, lng: 151.2093 };
    for (const p of [paris, sydney]) {
      expect(outOfChina(p)).toBe(true);
      expect(wgs84ToGcj02(p)).toEqual(p);
      expect(gcj02ToWgs84(p)).toEqual(p);
    }
  });

  it('agrees with gcoord within 1 cm on 1,000 random points', () => {
    let worst = 0;
    for (const p of randomPointsInChina(1000, 7)) {
      const mine = wgs84ToGcj02(p);
      const [lng, lat] = gcoord.transform([p.lng, p.lat], gcoord.WGS84, gcoord.GCJ02);
      worst = Math.max(worst, geodesicDistanceM(mine, { lat, lng }));
    }
    expect(worst).toBeLessThan(0.01);
  });
});

describe('gcj02ToWgs84', () => {
  it('round-trips wgs -> gcj -> wgs within 1 cm on 1,000 random points', () => {
    let worst = 0;
    for (const p of randomPointsInChina(1000, 11)) {
      worst = Math.max(worst, geodesicDistanceM(p, gcj02ToWgs84(wgs84ToGcj02(p))));
    }
    expect(worst).toBeLessThan(0.01);
  });

  it("agrees with gcoord's approximate inverse within 0.5 m", () => {
    let worst = 0;
    for (const g of randomPointsInChina(1000, 13)) {
      const mine = gcj02ToWgs84(g);
      const [lng, lat] = gcoord.transform([g.lng, g.lat], gcoord.GCJ02, gcoord.WGS84);
      worst = Math.max(worst, geodesicDistanceM(mine, { lat, lng }));
    }
    expect(worst).toBeLessThan(0.5);
  });
});

describe('toWgs84 / fromWgs84', () => {
  const p = { lat: 30.2741, lng: 120.1551 };

  it('pass WGS-84 through untouched', () => {
    expect(toWgs84(p, 'WGS84')).toEqual(p);
    expect(fromWgs84(p, 'WGS84')).toEqual(p);
  });

  it('convert GCJ-02 both ways', () => {
    expect(fromWgs84(p, 'GCJ02')).toEqual(wgs84ToGcj02(p));
    expect(geodesicDistanceM(toWgs84(fromWgs84(p, 'GCJ02'), 'GCJ02'), p)).toBeLessThan(0.01);
  });
});

describe('geodesicDistanceM', () => {
  it('measures one degree of latitude as about 111.2 km', () => {
    const d = geodesicDistanceM({ lat: 30, lng: 120 }, { lat: 31, lng: 120 });
    expect(d).toBeGreaterThan(111_000);
    expect(d).toBeLessThan(111_400);
  });
});
