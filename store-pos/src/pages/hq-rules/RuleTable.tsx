// The rules of a set as a table: shares shown in percent, stored in basis points; each rule's violations under it.
import { hq } from '../../hq-strings';
import type { StoreOption } from '../../components/hq/useStores';

const s = hq.rules;

export interface RuleRow {
  key: string;
  name: string;
  fulfilment: '' | 'DELIVERY' | 'PICKUP';
  categoryId: string;
  storeId: string;
  storeGroupId: string;
  priority: string;
  fulfilling: string;
  referring: string;
}

export interface Violation {
  code: string;
  message: string;
  ruleName?: string | null;
  otherRuleName?: string | null;
}

export const percentToBp = (p: string) => Math.round(Number(p || '0') * 100);
export const bpToPercent = (bp: number) => String(bp / 100);

export function violationText(v: Violation): string {
  return (s.violation[v.code] ?? v.message) + (v.otherRuleName ? s.overlapsWith(v.otherRuleName) : '');
}

export function RuleTable({
  rows,
  onChange,
  readOnly,
  violations,
  stores,
  categories,
  groups,
}: {
  rows: RuleRow[];
  onChange: (rows: RuleRow[]) => void;
  readOnly: boolean;
  violations: Violation[];
  stores: StoreOption[];
  categories: { id: string; name: string }[];
  groups: { id: string; code: string; name: string }[];
}) {
  const set = (i: number, patch: Partial<RuleRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <table className="table rule-table" data-testid="rules">
      <thead>
        <tr>
          <th>{s.ruleName}</th>
          <th>{s.fulfilment}</th>
          <th>{s.category}</th>
          <th>{s.store}</th>
          <th>{s.group}</th>
          <th className="num">{s.priority}</th>
          <th className="num">{s.fulfilling}</th>
          <th className="num">{s.referring}</th>
          <th className="num">{s.hq}</th>
          {!readOnly && <th />}
        </tr>
      </thead>
      {rows.map((r, i) => {
        const mine = violations.filter((v) => v.ruleName && v.ruleName === r.name);
        const hqPercent = (10000 - percentToBp(r.fulfilling) - percentToBp(r.referring)) / 100;
        return (
          <tbody key={r.key} className={mine.length ? 'rule-bad' : undefined} data-testid={`rule-${i}`}>
            <tr>
              <td>
                <input
                  aria-label={`${s.ruleName} ${i + 1}`}
                  value={r.name}
                  disabled={readOnly}
                  onChange={(e) => set(i, { name: e.target.value })}
                />
              </td>
              <td>
                <select
                  aria-label={`${s.fulfilment} ${i + 1}`}
                  value={r.fulfilment}
                  disabled={readOnly}
                  onChange={(e) => set(i, { fulfilment: e.target.value as RuleRow['fulfilment'] })}
                >
                  {Object.entries(s.fulfilments).map(([v, label]) => (
                    <option key={v} value={v}>
                      {label}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <select
                  aria-label={`${s.category} ${i + 1}`}
                  value={r.categoryId}
                  disabled={readOnly}
                  onChange={(e) => set(i, { categoryId: e.target.value })}
                >
                  <option value="">{s.any}</option>
                  {categories.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.name}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <select
                  aria-label={`${s.store} ${i + 1}`}
                  value={r.storeId}
                  disabled={readOnly}
                  onChange={(e) => set(i, { storeId: e.target.value })}
                >
                  <option value="">{s.any}</option>
                  {stores.map((st) => (
                    <option key={st.id} value={st.id}>
                      {st.code} {st.name}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <select
                  aria-label={`${s.group} ${i + 1}`}
                  value={r.storeGroupId}
                  disabled={readOnly}
                  onChange={(e) => set(i, { storeGroupId: e.target.value })}
                >
                  <option value="">{s.any}</option>
                  {groups.map((g) => (
                    <option key={g.id} value={g.id}>
                      {g.name}
                    </option>
                  ))}
                </select>
              </td>
              <td className="num">
                <input
                  className="num-input"
                  aria-label={`${s.priority} ${i + 1}`}
                  inputMode="numeric"
                  value={r.priority}
                  disabled={readOnly}
                  onChange={(e) => set(i, { priority: e.target.value })}
                />
              </td>
              <td className="num">
                <input
                  className="num-input"
                  aria-label={`${s.fulfilling} ${i + 1}`}
                  inputMode="decimal"
                  value={r.fulfilling}
                  disabled={readOnly}
                  onChange={(e) => set(i, { fulfilling: e.target.value })}
                />
              </td>
              <td className="num">
                <input
                  className="num-input"
                  aria-label={`${s.referring} ${i + 1}`}
                  inputMode="decimal"
                  value={r.referring}
                  disabled={readOnly}
                  onChange={(e) => set(i, { referring: e.target.value })}
                />
              </td>
              <td className="num">{Number.isFinite(hqPercent) ? hqPercent : '—'}</td>
              {!readOnly && (
                <td>
                  <button type="button" className="btn btn-small btn-ghost" onClick={() => onChange(rows.filter((_, j) => j !== i))}>
                    {s.removeRule}
                  </button>
                </td>
              )}
            </tr>
            {mine.length > 0 && (
              <tr className="rule-violations">
                <td colSpan={readOnly ? 9 : 10} role="alert">
                  {mine.map((v, k) => (
                    <div key={k} title={v.message}>
                      ⚠ {violationText(v)}
                    </div>
                  ))}
                </td>
              </tr>
            )}
          </tbody>
        );
      })}
    </table>
  );
}
