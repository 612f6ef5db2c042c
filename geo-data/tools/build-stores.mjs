#!/usr/bin/env node
// Writes data/stores.geojson from the hand-placed store list below; run `node tools/build-stores.mjs`.
// Deterministic: delivery zones and phone numbers come from a PRNG seeded by each store's code,
// so editing one store never reshuffles the others.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'data', 'stores.geojson');
const METRES_PER_DEGREE_LAT = (Math.PI * 6371008.8) / 180;

// Fictional stores at plausible street locations, placed by hand from general knowledge of the cities.
// Coordinates are WGS-84 (not the GCJ-02 a Chinese map app would show, which is ~500 m off).
// Variant keys: hours (see HOURS), exceptions, status, caps, zone ('polygon' | 'radius' | 'multi' | 'none').
const SHANGHAI = [
  {
    code: 'SH-001',
    branch: '南京东路',
    district: '黄浦区',
    street: '南京东路 300 号',
    lat: 31.2366,
    lng: 121.4812,
    hours: 'allDay',
    exceptions: 'bundNewYear',
  },
  { code: 'SH-002', branch: '人民广场', district: '黄浦区', street: '西藏中路 268 号', lat: 31.2331, lng: 121.4758, hours: 'allDay' },
  {
    code: 'SH-003',
    branch: '淮海中路',
    district: '黄浦区',
    street: '淮海中路 300 号',
    lat: 31.2224,
    lng: 121.4688,
    exceptions: 'springFestival',
  },
  { code: 'SH-004', branch: '新天地', district: '黄浦区', street: '马当路 245 号', lat: 31.2181, lng: 121.4696, hours: 'lateNight' },
  { code: 'SH-005', branch: '陕西南路', district: '徐汇区', street: '淮海中路 999 号', lat: 31.2152, lng: 121.4552 },
  { code: 'SH-006', branch: '徐家汇', district: '徐汇区', street: '肇嘉浜路 1111 号', lat: 31.1962, lng: 121.4336 },
  { code: 'SH-007', branch: '打浦桥', district: '黄浦区', street: '徐家汇路 618 号', lat: 31.2073, lng: 121.4641 },
  { code: 'SH-008', branch: '田林', district: '徐汇区', street: '田林路 200 号', lat: 31.1751, lng: 121.4302 },
  { code: 'SH-009', branch: '静安寺', district: '静安区', street: '南京西路 1800 号', lat: 31.2241, lng: 121.4423 },
  { code: 'SH-010', branch: '南京西路', district: '静安区', street: '南京西路 1266 号', lat: 31.2288, lng: 121.4531 },
  { code: 'SH-011', branch: '陆家嘴', district: '浦东新区', street: '陆家嘴环路 1000 号', lat: 31.2351, lng: 121.5068, hours: 'allDay' },
  { code: 'SH-012', branch: '世纪大道', district: '浦东新区', street: '世纪大道 1500 号', lat: 31.2289, lng: 121.5252 },
  { code: 'SH-013', branch: '世纪公园', district: '浦东新区', street: '芳甸路 300 号', lat: 31.2203, lng: 121.5561 },
  { code: 'SH-014', branch: '张江', district: '浦东新区', street: '祖冲之路 1000 号', lat: 31.2031, lng: 121.5898, hours: 'officePark' },
  { code: 'SH-015', branch: '五角场', district: '杨浦区', street: '邯郸路 600 号', lat: 31.2996, lng: 121.5124, hours: 'allDay' },
  { code: 'SH-016', branch: '中山公园', district: '长宁区', street: '长宁路 1018 号', lat: 31.2191, lng: 121.4142 },
  {
    code: 'SH-017',
    branch: '虹桥',
    district: '闵行区',
    street: '申长路 688 号',
    lat: 31.1962,
    lng: 121.3183,
    exceptions: 'springFestival',
  },
  { code: 'SH-018', branch: '古北', district: '长宁区', street: '黄金城道 600 号', lat: 31.1976, lng: 121.4002 },
  { code: 'SH-019', branch: '七宝', district: '闵行区', street: '七莘路 3655 号', lat: 31.1591, lng: 121.3558, zone: 'radius' },
  { code: 'SH-020', branch: '莘庄', district: '闵行区', street: '莘建东路 58 号', lat: 31.1112, lng: 121.3851, zone: 'radius' },
  { code: 'SH-021', branch: '曹杨', district: '普陀区', street: '曹杨路 500 号', lat: 31.2413, lng: 121.4163, exceptions: 'renovation' },
  // Its zone has two parts on either bank of the Huangpu, to exercise MultiPolygon handling.
  { code: 'SH-022', branch: '北外滩', district: '虹口区', street: '东大名路 1000 号', lat: 31.2541, lng: 121.4981, zone: 'multi' },
  { code: 'SH-023', branch: '大宁', district: '静安区', street: '共和新路 1878 号', lat: 31.2793, lng: 121.4589 },
  { code: 'SH-024', branch: '长风', district: '普陀区', street: '大渡河路 168 号', lat: 31.2241, lng: 121.3912 },
  { code: 'SH-025', branch: '福州路', district: '黄浦区', street: '福州路 400 号', lat: 31.2339, lng: 121.4829, caps: 'pickup' },
  { code: 'SH-026', branch: '豫园', district: '黄浦区', street: '人民路 800 号', lat: 31.2266, lng: 121.4861 },
  { code: 'SH-027', branch: '四川北路', district: '虹口区', street: '四川北路 1500 号', lat: 31.2581, lng: 121.4822 },
  { code: 'SH-028', branch: '鲁迅公园', district: '虹口区', street: '甜爱路 88 号', lat: 31.2701, lng: 121.4791, hours: 'closedMonday' },
  { code: 'SH-029', branch: '江苏路', district: '长宁区', street: '愚园路 1000 号', lat: 31.2219, lng: 121.4302 },
  { code: 'SH-030', branch: '龙阳路', district: '浦东新区', street: '龙阳路 2000 号', lat: 31.2041, lng: 121.5559, status: 'PAUSED' },
  {
    code: 'SH-031',
    branch: '上海南站',
    district: '徐汇区',
    street: '沪闵路 9001 号',
    lat: 31.1549,
    lng: 121.4301,
    caps: 'pickup',
    hours: 'allDay',
  },
  { code: 'SH-032', branch: '漕河泾', district: '徐汇区', street: '宜山路 700 号', lat: 31.1724, lng: 121.4081, hours: 'officePark' },
  // A delivery-only dark store (前置仓): no counter for pickup.
  { code: 'SH-033', branch: '控江路', district: '杨浦区', street: '控江路 1500 号', lat: 31.2739, lng: 121.5251, caps: 'delivery' },
  { code: 'SH-034', branch: '前滩', district: '浦东新区', street: '东育路 255 号', lat: 31.1521, lng: 121.4849 },
  { code: 'SH-035', branch: '金桥', district: '浦东新区', street: '金桥路 1200 号', lat: 31.2552, lng: 121.5849, hours: 'closedSunday' },
  { code: 'SH-036', branch: '长寿路', district: '普陀区', street: '长寿路 600 号', lat: 31.2421, lng: 121.4412, status: 'CLOSED' },
  { code: 'SH-037', branch: '塘桥', district: '浦东新区', street: '浦东南路 1000 号', lat: 31.2241, lng: 121.5149, caps: 'delivery' },
];

const HANGZHOU = [
  { code: 'HZ-001', branch: '武林广场', district: '拱墅区', street: '体育场路 200 号', lat: 30.2738, lng: 120.1624, hours: 'allDay' },
  { code: 'HZ-002', branch: '湖滨', district: '上城区', street: '延安路 258 号', lat: 30.2576, lng: 120.1651, hours: 'lakeside' },
  { code: 'HZ-003', branch: '西溪', district: '西湖区', street: '文二西路 800 号', lat: 30.2818, lng: 120.0882 },
  { code: 'HZ-004', branch: '滨江', district: '滨江区', street: '江南大道 588 号', lat: 30.2001, lng: 120.2118 },
  { code: 'HZ-005', branch: '钱江新城', district: '上城区', street: '富春路 701 号', lat: 30.2498, lng: 120.2079, hours: 'allDay' },
  {
    code: 'HZ-006',
    branch: '黄龙',
    district: '西湖区',
    street: '黄龙路 1 号',
    lat: 30.2764,
    lng: 120.1331,
    exceptions: 'springFestivalEve',
  },
  { code: 'HZ-007', branch: '文三路', district: '西湖区', street: '文三路 398 号', lat: 30.2786, lng: 120.1182 },
  {
    code: 'HZ-008',
    branch: '城站',
    district: '上城区',
    street: '环城东路 1 号',
    lat: 30.2469,
    lng: 120.1781,
    caps: 'pickup',
    hours: 'allDay',
  },
  // Near the Xiasha universities: an evening snack store.
  { code: 'HZ-009', branch: '下沙', district: '钱塘区', street: '下沙路 600 号', lat: 30.3081, lng: 120.3419, hours: 'nightOnly' },
  {
    code: 'HZ-010',
    branch: '拱宸桥',
    district: '拱墅区',
    street: '小河路 450 号',
    lat: 30.3166,
    lng: 120.1432,
    zone: 'radius',
    radiusM: 2500,
  },
  {
    code: 'HZ-011',
    branch: '之江',
    district: '西湖区',
    street: '之江路 1500 号',
    lat: 30.1882,
    lng: 120.0961,
    zone: 'radius',
    radiusM: 3500,
  },
  { code: 'HZ-012', branch: '翠苑', district: '西湖区', street: '文二路 212 号', lat: 30.2861, lng: 120.1241 },
  { code: 'HZ-013', branch: '庆春路', district: '上城区', street: '庆春路 118 号', lat: 30.2621, lng: 120.1752 },
  { code: 'HZ-014', branch: '凤起路', district: '拱墅区', street: '凤起路 300 号', lat: 30.2659, lng: 120.1679 },
  { code: 'HZ-015', branch: '古荡', district: '西湖区', street: '古墩路 99 号', lat: 30.2829, lng: 120.1011, hours: 'closedTuesday' },
  { code: 'HZ-016', branch: '城西银泰', district: '拱墅区', street: '丰潭路 380 号', lat: 30.2961, lng: 120.1139, status: 'PAUSED' },
  {
    code: 'HZ-017',
    branch: '未来科技城',
    district: '余杭区',
    street: '文一西路 1500 号',
    lat: 30.2831,
    lng: 120.0052,
    hours: 'officePark',
  },
  { code: 'HZ-018', branch: '萧山', district: '萧山区', street: '人民路 300 号', lat: 30.1651, lng: 120.2649, caps: 'delivery' },
];

const CITIES = [
  { city: '上海', prefix: '上海市', phone: (r) => `021-6${digits(r, 7)}`, stores: SHANGHAI },
  { city: '杭州', prefix: '杭州市', phone: (r) => `0571-8${digits(r, 7)}`, stores: HANGZHOU },
];

const everyDay = (opens, closes) => [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens, closes }));
const weekdaysAndWeekend = (weekday, weekend) => [1, 2, 3, 4, 5, 6, 7].map((d) => ({ weekday: d, ...(d <= 5 ? weekday : weekend) }));

// A weekday missing from the list means the store is closed that day.
const HOURS = {
  standard: everyDay('07:00', '23:00'),
  allDay: everyDay('00:00', '24:00'),
  lateNight: everyDay('10:00', '02:00'),
  nightOnly: everyDay('18:00', '02:00'),
  lakeside: weekdaysAndWeekend({ opens: '08:00', closes: '23:00' }, { opens: '08:00', closes: '01:00' }),
  officePark: weekdaysAndWeekend({ opens: '07:00', closes: '22:00' }, { opens: '09:00', closes: '21:00' }),
  closedMonday: everyDay('07:00', '23:00').filter((h) => h.weekday !== 1),
  closedTuesday: everyDay('07:00', '22:00').filter((h) => h.weekday !== 2),
  closedSunday: everyDay('07:00', '22:00').filter((h) => h.weekday !== 7),
};

// Spring Festival 2027: 除夕 is 5 February, 春节 6 February.
const closedOn = (dates, note) => dates.map((date) => ({ date, closed: true, note }));
const EXCEPTIONS = {
  none: [],
  bundNewYear: [{ date: '2026-12-31', closed: false, opens: '07:00', closes: '20:00', note: '外滩跨年活动人流管控，提前闭店' }],
  springFestival: closedOn(['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08'], '春节休息'),
  springFestivalEve: [
    { date: '2027-02-05', closed: false, opens: '07:00', closes: '17:00', note: '除夕提前闭店' },
    ...closedOn(['2027-02-06', '2027-02-07'], '春节休息'),
  ],
  renovation: closedOn(['2027-01-29', '2027-01-30', '2027-01-31', '2027-02-01'], '门店翻新，暂停营业'),
};

const STATUSES = ['ACTIVE', 'PAUSED', 'CLOSED'];
const CAPABILITIES = { both: ['PICKUP', 'DELIVERY'], pickup: ['PICKUP'], delivery: ['DELIVERY'] };

function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function seedOf(text) {
  let h = 2166136261;
  for (const ch of text) h = Math.imul(h ^ ch.codePointAt(0), 16777619);
  return h >>> 0;
}

function digits(rand, n) {
  return Array.from({ length: n }, () => Math.floor(rand() * 10)).join('');
}

const round6 = (x) => Math.round(x * 1e6) / 1e6;

function offset(centre, bearingRad, distanceM) {
  const dLat = (distanceM * Math.sin(bearingRad)) / METRES_PER_DEGREE_LAT;
  const dLng = (distanceM * Math.cos(bearingRad)) / (METRES_PER_DEGREE_LAT * Math.cos((centre.lat * Math.PI) / 180));
  return { lat: centre.lat + dLat, lng: centre.lng + dLng };
}

/**
 * A closed, counter-clockwise ring (RFC 7946 exterior) around `centre`. Vertices go by strictly
 * increasing angle, so the ring is star-shaped about the centre: simple, and containing it.
 */
function starRing(centre, rand, minM, maxM) {
  const n = 8 + Math.floor(rand() * 7);
  const step = (2 * Math.PI) / n;
  const ring = [];
  for (let i = 0; i < n; i++) {
    const angle = i * step + (rand() - 0.5) * step * 0.6;
    const p = offset(centre, angle, minM + rand() * (maxM - minM));
    ring.push([round6(p.lng), round6(p.lat)]);
  }
  ring.push([...ring[0]]);
  return ring;
}

function deliveryArea(store, rand) {
  switch (store.zone ?? 'polygon') {
    case 'polygon':
      return { deliveryZone: { type: 'Polygon', coordinates: [starRing(store, rand, 1500, 3500)] } };
    case 'radius':
      return { deliveryRadiusM: store.radiusM ?? 3000 };
    case 'multi': {
      // The Pudong part is centred ~3.7 km away; max radii 1.8 + 1.4 km keep the parts disjoint.
      const acrossRiver = { lat: 31.2291, lng: 121.5289 };
      return {
        deliveryZone: {
          type: 'MultiPolygon',
          coordinates: [[starRing(store, rand, 1200, 1800)], [starRing(acrossRiver, rand, 800, 1400)]],
        },
      };
    }
    default:
      throw new Error(`unknown zone kind ${store.zone}`);
  }
}

function toFeature(store, city) {
  const rand = mulberry32(seedOf(store.code));
  const capabilities = CAPABILITIES[store.caps ?? 'both'];
  const status = store.status ?? 'ACTIVE';
  if (!STATUSES.includes(status)) throw new Error(`${store.code}: bad status ${status}`);
  const properties = {
    code: store.code,
    name: `邻里便利 ${store.branch}店`,
    city: city.city,
    address: `${city.prefix}${store.district}${store.street}`,
    phone: city.phone(rand),
    timeZone: 'Asia/Shanghai',
    status,
    capabilities,
    hours: HOURS[store.hours ?? 'standard'],
    exceptions: EXCEPTIONS[store.exceptions ?? 'none'],
    ...(capabilities.includes('DELIVERY') ? deliveryArea(store, rand) : {}),
  };
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [round6(store.lng), round6(store.lat)] },
    properties,
  };
}

const network = {
  type: 'FeatureCollection',
  features: CITIES.flatMap((city) => city.stores.map((store) => toFeature(store, city))),
};

// Pretty-print, but keep positions, string lists and flat objects (hours) on one line each, and
// write positions with 6 decimals (~0.1 m) so the hand-placed precision is visible.
const json = JSON.stringify(network, null, 2)
  .replace(/\[\s+(-?[\d.]+),\s+(-?[\d.]+)\s+\]/g, (_, lng, lat) => `[${Number(lng).toFixed(6)}, ${Number(lat).toFixed(6)}]`)
  .replace(/\[\s+("[^"]*"(?:,\s+"[^"]*")*)\s+\]/g, (_, items) => `[${items.replace(/,\s+/g, ', ')}]`)
  .replace(/\{\n\s+([^{}[\]]*?)\n\s+\}/g, (_, body) => `{ ${body.replace(/,\n\s+/g, ', ')} }`);
writeFileSync(OUT, `${json}\n`);
console.log(`wrote ${network.features.length} stores to ${OUT}`);
