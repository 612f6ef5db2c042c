// A promotion's cost by store (simulated or live): orders, discount, what HQ and the store bear.
import { hq } from '../../hq-strings';
import { yuan } from '../../lib/money';

const s = hq.promo;

export interface StoreCostRow {
  storeId: string;
  storeCode: string;
  storeName: string;
  orders: number;
  discountFen: number;
  hqFen: number;
  storeFen: number;
}

export function CostTable({ rows, testId }: { rows: StoreCostRow[]; testId: string }) {
  return (
    <div className="table-wrap">
      <table className="table" data-testid={testId}>
        <thead>
          <tr>
            <th>{s.store}</th>
            <th className="num">{s.orders}</th>
            <th className="num">{s.discountGiven}</th>
            <th className="num">{s.costHq}</th>
            <th className="num">{s.costStore}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.storeId} data-testid={`${testId}-${r.storeCode}`}>
              <td>
                {r.storeCode} {r.storeName}
              </td>
              <td className="num">{r.orders}</td>
              <td className="num">{yuan(r.discountFen)}</td>
              <td className="num">{yuan(r.hqFen)}</td>
              <td className="num">{yuan(r.storeFen)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function Figure({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <div className="kpi" data-testid={testId}>
      <span className="kpi-label">{label}</span>
      <span className="kpi-value">{value}</span>
    </div>
  );
}
