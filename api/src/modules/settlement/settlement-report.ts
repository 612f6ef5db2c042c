// The settlement report: per store and business day, straight from the ledger in one aggregate statement
// (the same code serves the API, the CSV and the benchmark), and its CSV for finance.
import type { EntityManager } from '@mikro-orm/postgresql';
import { plannedQuery } from '../../common/sql';

export interface SettlementAmounts {
  orders: number;
  grossFen: number;
  refundFen: number;
  feeFen: number;
  fulfillingShareFen: number;
  referringShareFen: number;
  hqShareFen: number;
  netPayableFen: number;
}

export interface SettlementDayRow extends SettlementAmounts {
  storeId: string;
  storeCode: string;
  businessDay: string;
}

// Aggregate first, then name the stores: a million entries collapse to a few thousand rows before the join.
const REPORT = `
  WITH d AS (
    SELECT store_id, business_day,
           count(*) FILTER (WHERE role = 'GROSS') AS orders,
           coalesce(-sum(amount_fen) FILTER (WHERE role = 'GROSS'), 0) AS gross,
           coalesce(sum(amount_fen) FILTER (WHERE role = 'REFUND'), 0) AS refund,
           coalesce(sum(amount_fen) FILTER (WHERE role = 'FEE'), 0) AS fee,
           coalesce(sum(amount_fen) FILTER (WHERE role = 'FULFILLING'), 0) AS fulfilling,
           coalesce(sum(amount_fen) FILTER (WHERE role = 'REFERRING'), 0) AS referring,
           coalesce(sum(amount_fen) FILTER (WHERE role = 'HQ'), 0) AS hq
    FROM ledger_entry
    WHERE business_day BETWEEN :from::date AND :to::date AND (:store::uuid IS NULL OR store_id = :store::uuid)
    GROUP BY store_id, business_day)
  SELECT d.*, to_char(d.business_day, 'YYYY-MM-DD') AS day, s.code
  FROM d JOIN store s ON s.id = d.store_id
  ORDER BY s.code, d.business_day`;

export async function settlementDays(em: EntityManager, period: { from: string; to: string; storeId?: string | null }): Promise<SettlementDayRow[]> {
  const rows = await plannedQuery<Record<string, string | number>>(em, REPORT, { from: period.from, to: period.to, store: period.storeId ?? null });
  return rows.map((r) => {
    const amounts = {
      orders: Number(r.orders),
      grossFen: Number(r.gross),
      refundFen: Number(r.refund),
      feeFen: Number(r.fee),
      fulfillingShareFen: Number(r.fulfilling),
      referringShareFen: Number(r.referring),
      hqShareFen: Number(r.hq),
    };
    return { storeId: r.store_id as string, storeCode: r.code as string, businessDay: r.day as string, ...amounts, netPayableFen: amounts.fulfillingShareFen + amounts.referringShareFen };
  });
}

const AMOUNT_KEYS = ['orders', 'grossFen', 'refundFen', 'feeFen', 'fulfillingShareFen', 'referringShareFen', 'hqShareFen', 'netPayableFen'] as const;

export const zeroAmounts = (): SettlementAmounts => ({ orders: 0, grossFen: 0, refundFen: 0, feeFen: 0, fulfillingShareFen: 0, referringShareFen: 0, hqShareFen: 0, netPayableFen: 0 });

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

const CSV_COLUMNS = ['store_code', 'business_day', 'orders', 'gross_fen', 'refund_fen', 'fee_fen', 'fulfilling_share_fen', 'referring_share_fen', 'hq_share_fen', 'net_payable_fen'];

/** RFC 4180: quote a field that holds a comma, quote or line break; a leading =+-@ is neutralised for spreadsheets. */
function csvField(value: string | number): string {
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function settlementCsv(days: readonly SettlementDayRow[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const d of days) {
    lines.push([d.storeCode, d.businessDay, ...AMOUNT_KEYS.map((k) => d[k])].map(csvField).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}
