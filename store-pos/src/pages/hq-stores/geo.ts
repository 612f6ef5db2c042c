// The data is WGS-84; AMap and Tencent basemaps are GCJ-02. Shapes are converted for display on such a basemap
// and back before they are saved, so what HQ draws lands where it looks on the map.
import gcoord from 'gcoord';

export type MapSystem = 'WGS84' | 'GCJ02';

type Position = number[];
type Geometry = { type: 'Polygon'; coordinates: Position[][] } | { type: 'MultiPolygon'; coordinates: Position[][][] };

function convert(p: Position, from: MapSystem, to: MapSystem): Position {
  if (from === to) return p;
  const [lng, lat] = gcoord.transform(
    [p[0]!, p[1]!],
    from === 'WGS84' ? gcoord.WGS84 : gcoord.GCJ02,
    to === 'WGS84' ? gcoord.WGS84 : gcoord.GCJ02,
  );
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
  /** A tile URL template for Leaflet ({s}, {z}, {x}, {y}, {-y}); empty for no base map. */
  url: string;
  system: MapSystem;
  /** Which preset it came from ('' for a URL typed in). */
  preset?: string;
  subdomains?: string;
  attribution?: string;
}

/** Ready settings for the tile services HQ in China uses most; the GCJ-02 ones are converted as drawn above. */
export const BASEMAP_PRESETS: (BasemapSetting & { preset: string; label: string })[] = [
  {
    preset: 'amap',
    label: '高德地图',
    url: 'https://webrd0{s}.is.autonavi.com/appmaptile?lang=zh_cn&size=1&scale=1&style=8&x={x}&y={y}&z={z}',
    subdomains: '1234',
    system: 'GCJ02',
    attribution: '© 高德地图',
  },
  {
    preset: 'tencent',
    label: '腾讯地图',
    url: 'https://rt{s}.map.gtimg.com/tile?z={z}&x={x}&y={-y}&type=vector&styleid=3',
    subdomains: '0123',
    system: 'GCJ02',
    attribution: '© 腾讯地图',
  },
  {
    preset: 'geoq',
    label: '智图 GeoQ（彩色）',
    url: 'https://map.geoq.cn/ArcGIS/rest/services/ChinaOnlineCommunity/MapServer/tile/{z}/{y}/{x}',
    system: 'GCJ02',
    attribution: '© GeoQ',
  },
  {
    preset: 'geoq-gray',
    label: '智图 GeoQ（灰色）',
    url: 'https://map.geoq.cn/ArcGIS/rest/services/ChinaOnlineStreetGray/MapServer/tile/{z}/{y}/{x}',
    system: 'GCJ02',
    attribution: '© GeoQ',
  },
  {
    preset: 'osm',
    label: 'OpenStreetMap',
    url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
    system: 'WGS84',
    attribution: '© OpenStreetMap 贡献者',
  },
];

export const NO_BASEMAP: BasemapSetting = { url: '', system: 'WGS84', preset: '' };

/** The setting for a preset id ('' for none). */
export function presetBasemap(id: string): BasemapSetting {
  const p = BASEMAP_PRESETS.find((x) => x.preset === id);
  if (!p) return NO_BASEMAP;
  const { label: _label, ...setting } = p;
  return setting;
}

const KEY = 'linli.hq.basemap';

export function readBasemap(): BasemapSetting {
  try {
    const v = JSON.parse(localStorage.getItem(KEY) ?? 'null') as BasemapSetting | null;
    if (v && typeof v.url === 'string' && (v.system === 'WGS84' || v.system === 'GCJ02')) return v;
  } catch {
    // a broken setting is ignored
  }
  return NO_BASEMAP;
}

export function writeBasemap(v: BasemapSetting) {
  localStorage.setItem(KEY, JSON.stringify(v));
}
