// The settlement report's arithmetic (per store sums) and its CSV for finance; the rows come from
// settlement.repository's one aggregate statement.
import type { MembershipRevenueRow, SettlementAmounts, SettlementDayRow } from './settlement.repository';

export type { SettlementAmounts, SettlementDayRow };

const AMOUNT_KEYS = [
  'orders',
  'grossFen',
  'refundFen',
  'feeFen',
  'fulfillingShareFen',
  'referringShareFen',
  'hqShareFen',
  'hqPromotionCostFen',
  'storePromotionCostFen',
  'pointsCostFen',
  'storeDiscountShareFen',
  'netPayableFen',
] as const;

export const zeroAmounts = (): SettlementAmounts => ({
  orders: 0,
  grossFen: 0,
  refundFen: 0,
  feeFen: 0,
  fulfillingShareFen: 0,
  referringShareFen: 0,
  hqShareFen: 0,
  hqPromotionCostFen: 0,
  storePromotionCostFen: 0,
  pointsCostFen: 0,
  storeDiscountShareFen: 0,
  netPayableFen: 0,
});

export function addAmounts<T extends SettlementAmounts>(into: T, more: SettlementAmounts): T {
  for (const k of AMOUNT_KEYS) into[k] += more[k];
  return into;
}

/** The days summed per store, in the days' order. */
export function perStore(days: readonly SettlementDayRow[]): (SettlementAmounts & { storeId: string; storeCode: string })[] {
  const stores = new Map<string, SettlementAmounts & { storeId: string; storeCode: string }>();
  for (const d of days) {
    const s = stores.get(d.storeId) ?? { storeId: d.storeId, storeCode: d.storeCode, ...zeroAmounts() };
    stores.set(d.storeId, addAmounts(s, d));
  }
  return [...stores.values()];
}

const CSV_COLUMNS = [
  'store_code',
  'business_day',
  'orders',
  'gross_fen',
  'refund_fen',
  'fee_fen',
  'fulfilling_share_fen',
  'referring_share_fen',
  'hq_share_fen',
  'hq_promotion_cost_fen',
  'store_promotion_cost_fen',
  'points_cost_fen',
  'store_discount_share_fen',
  'net_payable_fen',
];

/** RFC 4180: quote a field that holds a comma, quote or line break; a leading =+-@ is neutralised for spreadsheets. */
function csvField(value: string | number): string {
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The store_code of 付费会员 rows: HQ's revenue, no store's (ledger entries without a store). */
export const MEMBERSHIP_CSV_CODE = 'MEMBERSHIP';

/**
 * One line per store and day, then (HQ's chain-wide report) one line per day of 付费会员 under MEMBERSHIP_CSV_CODE:
 * purchases as orders, its gross, refunds and fee, and HQ's revenue as hq_share; no store's share, nothing payable.
 * So every column sums to the ledger over the period.
 */
export function settlementCsv(days: readonly SettlementDayRow[], membership: readonly MembershipRevenueRow[] = []): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const d of days) {
    lines.push([d.storeCode, d.businessDay, ...AMOUNT_KEYS.map((k) => d[k])].map(csvField).join(','));
  }
  for (const m of membership) {
    const row: SettlementAmounts = {
      ...zeroAmounts(),
      orders: m.purchases,
      grossFen: m.grossFen,
      refundFen: m.refundFen,
      feeFen: m.feeFen,
      hqShareFen: m.hqRevenueFen,
    };
    lines.push([MEMBERSHIP_CSV_CODE, m.businessDay, ...AMOUNT_KEYS.map((k) => row[k])].map(csvField).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}
