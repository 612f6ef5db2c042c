// The data is WGS-84; AMap and Tencent basemaps are GCJ-02. Shapes are converted for display on such a basemap
// and back before they are saved, so what HQ draws lands where it looks on the map.
import gcoord from 'gcoord';

export type MapSystem = 'WGS84' | 'GCJ02';

type Position = number[];
type Geometry = { type: 'Polygon'; coordinates: Position[][] } | { type: 'MultiPolygon'; coordinates: Position[][][] };

function convert(p: Position, from: MapSystem, to: MapSystem): Position {
  if (from === to) return p;
  const [lng, lat] = gcoord.transform([p[0]!, p[1]!], from === 'WGS84' ? gcoord.WGS84 : gcoord.GCJ02, to === 'WGS84' ? gcoord.WGS84 : gcoord.GCJ02);
  return [lng, lat];
}

export function convertGeometry<T extends Geometry>(g: T, from: MapSystem, to: MapSystem): T {
  if (from === to) return g;
  if (g.type === 'Polygon') return { ...g, coordinates: g.coordinates.map((ring) => ring.map((p) => convert(p, from, to))) };
  return { ...g, coordinates: g.coordinates.map((poly) => poly.map((ring) => ring.map((p) => convert(p, from, to)))) };
}

/** [lat, lng] for Leaflet, from a WGS-84 point, on a map in `system`. */
export function toMap(lat: number, lng: number, system: MapSystem): [number, number] {
  const [x, y] = convert([lng, lat], 'WGS84', system);
  return [y!, x!];
}

/** A point clicked on a map in `system`, as WGS-84. */
export function fromMap(lat: number, lng: number, system: MapSystem): { lat: number; lng: number } {
  const [x, y] = convert([lng, lat], system, 'WGS84');
  return { lat: y!, lng: x! };
}

export interface BasemapSetting {
  url: string;
  system: MapSystem;
}

const KEY = 'linli.hq.basemap';

export function readBasemap(): BasemapSetting {
  try {
    const v = JSON.parse(localStorage.getItem(KEY) ?? 'null') as BasemapSetting | null;
    if (v && typeof v.url === 'string' && (v.system === 'WGS84' || v.system === 'GCJ02')) return v;
  } catch {
    // a broken setting is ignored
  }
  return { url: '', system: 'WGS84' };
}

export function writeBasemap(v: BasemapSetting) {
  localStorage.setItem(KEY, JSON.stringify(v));
}
