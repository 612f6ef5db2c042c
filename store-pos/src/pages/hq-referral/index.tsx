// 分销: commission rates by category, the window a share binds a buyer, withdrawals to review (paid by 商家转账),
// commission by store and promoter over a period, and the promoters (suspend one).
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { PeriodPicker, thisMonth, type Period } from '../../components/hq/PeriodPicker';
import {
  HqApproveWithdrawalDocument,
  HqMarkWithdrawalFailureSeenDocument,
  HqReferralDocument,
  HqRejectWithdrawalDocument,
  HqSetCommissionRuleDocument,
  HqSetPromoterStateDocument,
  HqSetReferralBindDaysDocument,
} from '../../generated/graphql';
import { describeFault } from '../../graphql/errors';
import { hq } from '../../hq-strings';
import { yuan } from '../../lib/money';
import { when } from '../../lib/time';
import '../hq.css';

const s = hq.referral;

/** Why a transfer failed or is being retried, in HQ's words: WeChat's code first, its own words after. */
function transferReason(state: string, failReason: string | null | undefined): string {
  if (!failReason) return '';
  const [code = '', ...rest] = failReason.split(' ');
  const known = s.transferReasons[code] ?? (/^HTTP_5/.test(code) || code === 'UNKNOWN' ? s.transferReasons.SYSTEM_ERROR : undefined);
  if (known) return rest.length ? `${known}（${rest.join(' ')}）` : known;
  // A bill WeChat itself failed (FAIL with fail_reason, e.g. the payee's account), or an error still retried.
  return state === 'PAYING' ? `${failReason}：${s.retrying}` : s.refusedByWechat(failReason);
}

/** A period of Shanghai days as the instants the report takes: [from 00:00, the day after to). */
function instants(p: Period) {
  const to = new Date(`${p.to}T00:00:00+08:00`);
  to.setUTCDate(to.getUTCDate() + 1);
  return { from: new Date(`${p.from}T00:00:00+08:00`).toISOString(), to: to.toISOString() };
}

export default function HqReferralPage() {
  const [period, setPeriod] = useState<Period>(thisMonth());
  const [{ data, error }, refetch] = useQuery({ query: HqReferralDocument, variables: instants(period), requestPolicy: 'network-only' });
  const [, setRule] = useMutation(HqSetCommissionRuleDocument);
  const [, setDays] = useMutation(HqSetReferralBindDaysDocument);
  const [, approve] = useMutation(HqApproveWithdrawalDocument);
  const [, reject] = useMutation(HqRejectWithdrawalDocument);
  const [, setState] = useMutation(HqSetPromoterStateDocument);
  const [, markSeen] = useMutation(HqMarkWithdrawalFailureSeenDocument);
  const [message, setMessage] = useState<string | null>(null);
  const [category, setCategory] = useState('');
  const [percent, setPercent] = useState('');
  const [days, setDaysText] = useState('');
  const reload = () => refetch({ requestPolicy: 'network-only' });

  async function saveRule() {
    const bp = Math.round(Number(percent) * 100);
    if (!category || !Number.isFinite(bp) || bp < 0 || bp > 5000) return setMessage(s.badRate);
    const res = await setRule({ input: { categoryId: category, rateBp: bp } });
    setMessage(res.error ? describeFault(res.error) : s.saved);
    reload();
  }

  async function saveDays() {
    const n = Number(days);
    if (!Number.isInteger(n) || n < 1 || n > 365) return setMessage(s.badDays);
    const res = await setDays({ days: n });
    setMessage(res.error ? describeFault(res.error) : s.saved);
    reload();
  }

  async function decide(id: string, ok: boolean) {
    const res = ok ? await approve({ id }) : await reject({ id, reason: s.rejectReason });
    const out = ok
      ? res.data && 'approveCommissionWithdrawal' in res.data && res.data.approveCommissionWithdrawal
      : res.data && 'rejectCommissionWithdrawal' in res.data && res.data.rejectCommissionWithdrawal;
    if (res.error) setMessage(describeFault(res.error));
    else if (out && out.__typename === 'ReferralError') setMessage(out.message);
    else if (out && out.__typename === 'CommissionWithdrawal') setMessage(s.states[out.state] ?? out.state);
    reload();
  }

  async function seen(id: string) {
    const res = await markSeen({ id });
    const out = res.data?.markWithdrawalFailureSeen;
    if (res.error) setMessage(describeFault(res.error));
    else if (out?.__typename === 'ReferralError') setMessage(out.message);
    reload();
  }

  return (
    <div className="hq-page">
      <h1 className="page-title">{hq.nav.referral}</h1>
      {error && <p className="form-error">{describeFault(error)}</p>}
      {message && (
        <p role="status" className="hint">
          {message}
        </p>
      )}

      <section className="card table-wrap">
        <h2>{s.rules}</h2>
        <table className="table" data-testid="commission-rules">
          <thead>
            <tr>
              <th>{s.target}</th>
              <th className="num">{s.rate}</th>
            </tr>
          </thead>
          <tbody>
            {data?.commissionRules.map((r) => (
              <tr key={r.id}>
                <td>
                  {r.productId ? s.product : s.category} {r.name}
                </td>
                <td className="num">{(r.rateBp / 100).toFixed(2)}%</td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="hq-filters">
          <label>
            {s.category}
            <select aria-label={s.category} value={category} onChange={(e) => setCategory(e.target.value)}>
              <option value="">{s.pick}</option>
              {data?.categories.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            {s.percent}
            <input aria-label={s.percent} inputMode="decimal" value={percent} onChange={(e) => setPercent(e.target.value)} />
          </label>
          <button className="btn btn-primary" onClick={() => void saveRule()}>
            {s.saveRule}
          </button>
        </div>
        <div className="hq-filters">
          <label>
            {s.bindDays}（{s.now} {data?.referralBindDays ?? '—'}）
            <input aria-label={s.bindDays} inputMode="numeric" value={days} onChange={(e) => setDaysText(e.target.value)} />
          </label>
          <button className="btn" onClick={() => void saveDays()}>
            {s.saveDays}
          </button>
        </div>
      </section>

      <section className="card table-wrap">
        <h2>{s.withdrawals}</h2>
        {data && data.commissionWithdrawals.length === 0 && <p className="hint">{s.noWithdrawals}</p>}
        <table className="table" data-testid="withdrawals">
          <tbody>
            {data?.commissionWithdrawals.map((w) => (
              <tr key={w.id}>
                <td>{w.promoterName || s.shopperPromoter}</td>
                <td className="num">{yuan(w.amountFen)}</td>
                <td>{when(w.createdAt)}</td>
                <td>
                  <button className="btn btn-primary btn-small" onClick={() => void decide(w.id, true)}>
                    {s.approve}
                  </button>{' '}
                  <button className="btn btn-small" onClick={() => void decide(w.id, false)}>
                    {s.reject}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      {data && (data.failedWithdrawals.length > 0 || data.payingWithdrawals.some((w) => w.failReason)) && (
        <section className="card table-wrap">
          <h2>{s.transfers}</h2>
          <table className="table" data-testid="withdrawal-outcomes">
            <tbody>
              {[...data.payingWithdrawals.filter((w) => w.failReason), ...data.failedWithdrawals].map((w) => (
                <tr key={w.id}>
                  <td>{w.promoterName || s.shopperPromoter}</td>
                  <td className="num">{yuan(w.amountFen)}</td>
                  <td>{when(w.createdAt)}</td>
                  <td>{s.transferState[w.state] ?? w.state}</td>
                  <td>{transferReason(w.state, w.failReason)}</td>
                  <td>
                    {w.state === 'FAILED' && (
                      <button className="btn btn-small" title={s.seenHint} onClick={() => void seen(w.id)}>
                        {s.seen}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      <section className="card table-wrap">
        <h2>{s.report}</h2>
        <PeriodPicker value={period} onChange={setPeriod} />
        <table className="table" data-testid="commission-report">
          <thead>
            <tr>
              <th>{s.store}</th>
              <th>{s.promoter}</th>
              <th className="num">{s.orders}</th>
              <th className="num">{s.kept}</th>
              <th className="num">{s.commission}</th>
              <th className="num">{s.frozen}</th>
              <th className="num">{s.available}</th>
            </tr>
          </thead>
          <tbody>
            {data?.commissionReport.map((r) => (
              <tr key={`${r.storeId}-${r.promoterId}`}>
                <td>{r.storeName}</td>
                <td>
                  {r.kind === 'CLERK' ? s.clerk : s.shopperPromoter} {r.promoterName}
                </td>
                <td className="num">{r.orders}</td>
                <td className="num">{yuan(r.keptNetFen)}</td>
                <td className="num">{yuan(r.commissionFen)}</td>
                <td className="num">{yuan(r.frozenFen)}</td>
                <td className="num">{yuan(r.availableFen)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="card table-wrap">
        <h2>{s.promoters}</h2>
        <table className="table" data-testid="promoters">
          <tbody>
            {data?.promoters.map((p) => (
              <tr key={p.id}>
                <td>
                  {p.kind === 'CLERK' ? s.clerk : s.shopperPromoter} {p.displayName}
                </td>
                <td className="num">
                  {s.buyers} {p.buyers}
                </td>
                <td>{p.state === 'ACTIVE' ? s.active : s.suspended}</td>
                <td>
                  <button
                    className="btn btn-small"
                    onClick={() => void setState({ id: p.id, state: p.state === 'ACTIVE' ? 'SUSPENDED' : 'ACTIVE' }).then(reload)}
                  >
                    {p.state === 'ACTIVE' ? s.suspend : s.resume}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
