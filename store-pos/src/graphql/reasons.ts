// The API's validation reasons (delivery zones, hours, store network imports) come in English, written for
// developers; HQ reads them here in Chinese. Unknown reasons get a plain Chinese sentence, never the English.
const WEEKDAYS = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日'];
const FIELDS: Record<string, string> = {
  code: '门店编号（code）',
  name: '门店名称（name）',
  city: '城市（city）',
  address: '地址（address）',
  timeZone: '时区（timeZone）',
};
const nth = (i: string) => Number(i) + 1;

type Rule = [RegExp, (...m: string[]) => string];

const RULES: Rule[] = [
  // PostGIS ST_IsValidReason
  [/^Ring Self-intersection\[([-\d.]+) ([-\d.]+)\]/i, (x, y) => `边界与自身相交（约在 ${fmt(x)}, ${fmt(y)}）`],
  [/^Self-intersection\[([-\d.]+) ([-\d.]+)\]/i, (x, y) => `边界自相交（约在 ${fmt(x)}, ${fmt(y)}）：各边不能交叉`],
  [/^Too few points in geometry component/i, () => '顶点太少，至少画 3 个点'],
  [/^Hole lies outside shell/i, () => '内洞在外边界之外'],
  [/^Interior is disconnected/i, () => '区域内部不连通'],
  [/^Nested shells/i, () => '多边形互相嵌套'],
  [/^Nested holes/i, () => '内洞互相嵌套'],
  // zone shape
  [/a polygon needs at least one ring/, () => '多边形至少要有一个环'],
  [/ring (\d+): a ring needs at least 4 positions/, () => '边界至少要有 3 个顶点'],
  [/positions must be \[lng, lat\] within range/, () => '坐标须为 [经度, 纬度]，且在有效范围内'],
  [/ring is not closed/, () => '边界没有闭合（首尾两点须相同）'],
  [/zone must be a GeoJSON geometry object/, () => '配送范围须为 GeoJSON 几何对象'],
  [/MultiPolygon needs at least one polygon/, () => 'MultiPolygon 至少要有一个多边形'],
  [/(?:zone|geometry) has more than (\d+) vertices/, (n) => `顶点超过 ${n} 个`],
  [/zone must be a GeoJSON Polygon or MultiPolygon/, () => '配送范围须为 GeoJSON Polygon 或 MultiPolygon'],
  // zone against the store
  [/give either a zone polygon or a radius, not both/, () => '配送范围和配送半径只能设一个'],
  [/a store that delivers needs a delivery zone or a radius/, () => '提供配送的门店须设置配送范围或配送半径'],
  [/radius must be between (\d+) and (\d+) metres/, (a, b) => `配送半径须在 ${a}–${b} 米之间`],
  [/zone reaches (\d+) m from the store; at most (\d+) m/, (a, b) => `配送范围离门店最远 ${km(a)}，最多允许 ${km(b)}`],
  [/the zone must contain the store itself/, () => '配送范围须包含门店本身'],
  [/zone covers (\d+) m²; at least (\d+) m²/, (a, b) => `配送范围只有 ${a} 平方米，至少要 ${b} 平方米`],
  // hours
  [/hours\[(\d+)\]: weekday must be 1 \(Monday\) to 7 \(Sunday\)/, (i) => `营业时间第 ${nth(i)} 段：星期须为 1（周一）到 7（周日）`],
  [/hours\[(\d+)\]: times must be HH:MM/, (i) => `营业时间第 ${nth(i)} 段：时间须为 HH:MM（打烊可写 24:00），且开门早于打烊`],
  [/hours overlap on weekday (\d)/, (d) => `${WEEKDAYS[Number(d)] ?? d}的营业时间有重叠`],
  [/exceptions\[(\d+)\]: date must be a real YYYY-MM-DD/, (i) => `特殊日期第 ${nth(i)} 条：日期无效`],
  [/exceptions\[(\d+)\]: (\S+) is listed twice/, (_i, d) => `特殊日期 ${d} 重复了`],
  [/exceptions\[(\d+)\]: special hours need opens < closes/, (i) => `特殊日期第 ${nth(i)} 条：须填开门和打烊时间（HH:MM），且开门早于打烊`],
  [/"(.+)" is not an IANA time zone/, (z) => `时区 ${z} 无效（例如 Asia/Shanghai）`],
  [/Store code (\S+) is taken/, (c) => `门店编号 ${c} 已存在`],
  // store network import
  [/expected a GeoJSON FeatureCollection/, () => '文件须为 GeoJSON FeatureCollection'],
  [/at most (\d+) features per import/, (n) => `一次最多导入 ${n} 家门店`],
  [/(\d+) of (\d+) features are invalid; nothing was imported/, (n, all) => `${all} 个要素中有 ${n} 个有问题`],
  [/not a GeoJSON Feature/, () => '不是 GeoJSON 要素（Feature）'],
  [/geometry must be a Point/, () => 'geometry 须为门店位置的点（Point，WGS-84）'],
  [/Point coordinates must be \[lng, lat\] within range/, () => '点坐标须为 [经度, 纬度]，且在有效范围内'],
  [/properties are missing/, () => '缺少 properties'],
  [/properties\.(\w+) must be a non-empty string/, (k) => `缺少${FIELDS[k] ?? k}`],
  [/properties\.code is longer than (\d+) characters/, (n) => `门店编号超过 ${n} 个字符`],
  [/properties\.status must be/, () => 'status 须为 ACTIVE、PAUSED 或 CLOSED'],
  [/properties\.capabilities must list/, () => 'capabilities 须列出 PICKUP 和/或 DELIVERY'],
  [/properties\.hours \(and exceptions, if given\) must be arrays/, () => 'hours（以及 exceptions）须为数组'],
  [/properties\.deliveryRadiusM must be an integer/, () => 'deliveryRadiusM 须为整数（米）'],
  [/store code (\S+) appears twice in the import/, (c) => `门店编号 ${c} 在文件里出现了两次`],
];

function fmt(n: string): string {
  return Number(n).toFixed(4);
}

function km(m: string): string {
  return `${(Number(m) / 1000).toFixed(1)} 公里`;
}

/** A validation reason in Chinese; `fallback` when the API said something this table does not know. */
export function reasonText(reason: string, fallback = '内容不符合要求'): string {
  const bare = reason.replace(/^Invalid delivery zone: /, '');
  for (const [re, say] of RULES) {
    const m = re.exec(bare);
    if (m) return (bare !== reason ? '配送范围不合规：' : '') + say(...m.slice(1));
  }
  return fallback;
}
