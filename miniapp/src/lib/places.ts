// Areas a shopper can pick by hand when location is refused. Points are WGS-84 (from the demo network's
// map data); the API is told the system with every point.
export interface Place {
  label: string;
  lat: number;
  lng: number;
  system: 'WGS84' | 'GCJ02';
}

export const CITIES: { city: string; areas: Place[] }[] = [
  {
    city: '上海',
    areas: [
      { label: '黄浦 · 南京东路', lat: 31.2387, lng: 121.4805, system: 'WGS84' },
      { label: '黄浦 · 人民广场', lat: 31.2337, lng: 121.471, system: 'WGS84' },
      { label: '静安 · 静安寺', lat: 31.2255, lng: 121.444, system: 'WGS84' },
      { label: '浦东 · 陆家嘴', lat: 31.2397, lng: 121.4998, system: 'WGS84' },
      { label: '徐汇 · 徐家汇', lat: 31.1951, lng: 121.4337, system: 'WGS84' },
      { label: '杨浦 · 五角场', lat: 31.301, lng: 121.5093, system: 'WGS84' },
    ],
  },
  {
    city: '杭州',
    areas: [
      { label: '上城 · 湖滨', lat: 30.2588, lng: 120.163, system: 'WGS84' },
      { label: '拱墅 · 武林广场', lat: 30.2739, lng: 120.163, system: 'WGS84' },
      { label: '西湖 · 文三路', lat: 30.2778, lng: 120.1312, system: 'WGS84' },
      { label: '滨江 · 星光大道', lat: 30.2085, lng: 120.2105, system: 'WGS84' },
    ],
  },
];
