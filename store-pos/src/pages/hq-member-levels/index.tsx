// HQ's member levels: each level's name, the growth it takes and its benefits (会员价 in 折, points multiplier,
// 会员包邮 threshold, who funds them), edited as one table and saved at once. Category prices and the monthly and
// birthday coupons are kept as they are (set through the API for now).
import { useEffect, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { HqMemberLevelsFullDocument, HqSetMemberLevelsDocument } from '../../generated/graphql';
import { describeFault } from '../../graphql/errors';
import { hq } from '../../hq-strings';
import { emptyRow, toInput, toRow, type LevelRow } from './level-form';
import '../hq.css';
import './levels.css';

const s = hq.levels;

/** The typed cells of a row, in column order: the field, its label, and the input's own settings. */
const TEXT_FIELDS: [keyof Pick<LevelRow, 'name' | 'threshold' | 'zhe' | 'multiplier' | 'freeDelivery'>, string, object][] = [
  ['name', s.name, { maxLength: 20 }],
  ['threshold', s.threshold, { inputMode: 'numeric' }],
  ['zhe', s.zhe, { inputMode: 'decimal', placeholder: s.noPrice }],
  ['multiplier', s.multiplier, { inputMode: 'decimal' }],
  ['freeDelivery', s.freeDelivery, { inputMode: 'decimal', placeholder: s.none }],
];

export default function HqMemberLevelsPage() {
  const [{ data, error }] = useQuery({ query: HqMemberLevelsFullDocument, requestPolicy: 'network-only' });
  const [saving, save] = useMutation(HqSetMemberLevelsDocument);
  const [rows, setRows] = useState<LevelRow[] | null>(null);
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => {
    if (data && rows === null) setRows(data.memberLevels.map(toRow));
  }, [data, rows]);
  const edit = (i: number, patch: Partial<LevelRow>) => setRows((rs) => rs!.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  const submit = async () => {
    const input = toInput(rows ?? []);
    if ('problem' in input) return setNotice({ ok: false, text: input.problem });
    const res = await save({ levels: input.levels });
    if (res.error) return setNotice({ ok: false, text: describeFault(res.error) ?? s.failed });
    setRows(res.data!.setMemberLevels.map(toRow));
    setNotice({ ok: true, text: s.saved(res.data!.setMemberLevels.length) });
  };

  return (
    <section className="hq-page">
      <div className="hq-head">
        <h1 className="page-title">{s.title}</h1>
      </div>
      <p className="muted">{s.hint}</p>
      {error && (
        <p className="form-error" role="alert">
          {describeFault(error)}
        </p>
      )}
      {notice && (
        <p className={notice.ok ? 'hq-notice hq-notice-ok' : 'form-error'} role={notice.ok ? 'status' : 'alert'}>
          {notice.text}
        </p>
      )}
      <div className="card">
        <div className="table-wrap">
          <table className="table levels-table" data-testid="levels">
            <thead>
              <tr>
                <th>{s.name}</th>
                <th>{s.threshold}</th>
                <th>{s.zhe}</th>
                <th>{s.multiplier}</th>
                <th>{s.freeDelivery}</th>
                <th>{s.funder}</th>
                <th>{s.coupons}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {(rows ?? []).map((r, i) => (
                <tr key={r.id ?? `new-${i}`}>
                  {TEXT_FIELDS.map(([key, label, more]) => (
                    <td key={key}>
                      <input
                        aria-label={`${label} ${i + 1}`}
                        value={r[key]}
                        onChange={(e) => edit(i, { [key]: e.target.value })}
                        {...more}
                      />
                    </td>
                  ))}
                  <td>
                    <select aria-label={`${s.funder} ${i + 1}`} value={r.funder} onChange={(e) => edit(i, { funder: e.target.value })}>
                      <option value="HQ">{s.funders.HQ}</option>
                      <option value="STORE">{s.funders.STORE}</option>
                      {r.funder === 'SPLIT' && <option value="SPLIT">{s.funders.SPLIT}</option>}
                    </select>
                  </td>
                  <td className="muted">{s.couponsSet(!!r.keep.monthlyCouponId, !!r.keep.birthdayCouponId)}</td>
                  <td>
                    <button className="btn" type="button" onClick={() => setRows((rs) => rs!.filter((_, j) => j !== i))}>
                      {s.remove}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {rows?.length === 0 && <p className="muted">{s.empty}</p>}
        <div className="hq-filters">
          <button className="btn" type="button" onClick={() => setRows((rs) => [...(rs ?? []), emptyRow()])}>
            {s.add}
          </button>
          <button className="btn btn-primary" type="button" disabled={saving.fetching || rows === null} onClick={() => void submit()}>
            {s.save}
          </button>
        </div>
      </div>
    </section>
  );
}
