// The reasons the API really gives (its own zone and hours checks run here), each read in Chinese.
import { expect, it } from 'vitest';
import { normaliseExceptions, normaliseWeeklyHours } from '../../../api/src/modules/store/opening-hours';
import { checkZoneShape } from '../../../api/src/modules/store/zone';
import { reasonText } from './reasons';

const UNKNOWN = '?';
const chinese = (reason: string) => {
  const text = reasonText(reason, UNKNOWN);
  expect(text, reason).not.toBe(UNKNOWN);
  expect(text, reason).not.toMatch(/\b(must|needs?|zone|ring|at least|is not)\b/i);
  return text;
};

it('reads the zone shape checks in Chinese', () => {
  const ring = [
    [121.4, 31.2],
    [121.5, 31.2],
    [121.5, 31.3],
  ];
  const shapes: unknown[] = [
    null,
    { type: 'Point', coordinates: [121.4, 31.2] },
    { type: 'Polygon', coordinates: [] },
    { type: 'Polygon', coordinates: [ring] },
    { type: 'Polygon', coordinates: [[...ring, [500, 31.2]]] },
    { type: 'Polygon', coordinates: [[...ring, [121.4, 31.25]]] },
    { type: 'MultiPolygon', coordinates: [] },
  ];
  for (const shape of shapes) chinese(checkZoneShape(shape)!);
});

it('reads the hours checks in Chinese', () => {
  const bad = [
    normaliseWeeklyHours([{ weekday: 9, opens: '09:00', closes: '10:00' }]),
    normaliseWeeklyHours([{ weekday: 1, opens: '9am', closes: '10:00' }]),
    normaliseWeeklyHours([
      { weekday: 2, opens: '09:00', closes: '12:00' },
      { weekday: 2, opens: '11:00', closes: '13:00' },
    ]),
    normaliseExceptions([{ date: '2026-02-30', closed: true }]),
    normaliseExceptions([
      { date: '2026-12-31', closed: true },
      { date: '2026-12-31', closed: true },
    ]),
    normaliseExceptions([{ date: '2026-12-31', closed: false, opens: '20:00', closes: '09:00' }]),
  ];
  const texts = bad.map((r) => (r.ok ? '' : chinese(r.message)));
  expect(texts[2]).toBe('周二的营业时间有重叠');
});

it('reads PostGIS, store and network import reasons in Chinese', () => {
  for (const reason of [
    'Invalid delivery zone: Self-intersection[121.4512 31.2303]',
    'Self-intersection[121.4 31.2]',
    'Ring Self-intersection[121.4 31.2]',
    'Too few points in geometry component[121.4 31.2]',
    'give either a zone polygon or a radius, not both',
    'a store that delivers needs a delivery zone or a radius',
    'radius must be between 100 and 8000 metres',
    'zone reaches 12000 m from the store; at most 8000 m',
    'the zone must contain the store itself',
    'zone has more than 5000 vertices',
    'Variable $input.deliveryZone: geometry has more than 5000 vertices',
    'zone covers 120 m²; at least 10000 m²',
    '"Mars/Olympus" is not an IANA time zone',
    'Store code SH-001 is taken',
    'expected a GeoJSON FeatureCollection',
    'at most 2000 features per import',
    '1 of 1 features are invalid; nothing was imported',
    'not a GeoJSON Feature',
    'geometry must be a Point (the store location, WGS-84)',
    'Point coordinates must be [lng, lat] within range',
    'properties are missing',
    'properties.name must be a non-empty string',
    'properties.code is longer than 32 characters',
    'properties.status must be ACTIVE, PAUSED or CLOSED',
    'properties.capabilities must list PICKUP and/or DELIVERY',
    'properties.hours (and exceptions, if given) must be arrays',
    'properties.deliveryRadiusM must be an integer number of metres',
    'store code SZ-901 appears twice in the import',
  ])
    chinese(reason);
  expect(reasonText('Invalid delivery zone: Self-intersection[121.4512 31.2303]')).toBe(
    '配送范围不合规：边界自相交（约在 121.4512, 31.2303）：各边不能交叉',
  );
  expect(reasonText('something new')).toBe('内容不符合要求');
});
