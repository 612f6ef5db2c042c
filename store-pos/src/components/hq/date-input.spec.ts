import { expect, it } from 'vitest';
import { parseDate } from './DateInput';

it('reads a typed date in the usual Chinese ways, and only real dates', () => {
  expect(['2026-12-31', '2026/12/31', '2026.1.5', '2026年1月5日', ' 2024-02-29 '].map(parseDate)).toEqual([
    '2026-12-31',
    '2026-12-31',
    '2026-01-05',
    '2026-01-05',
    '2024-02-29',
  ]);
  expect(['2026-02-29', '2026-13-01', '12/31/2026', '2026-12', '', 'abc'].map(parseDate)).toEqual([null, null, null, null, null, null]);
});
