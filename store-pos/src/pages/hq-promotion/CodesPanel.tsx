// 兑换码 of an HQ-issued coupon: how many were made and redeemed, make more, and take them all away as CSV (for the
// printer) or as plain codes on the clipboard.
import { useState } from 'react';
import { useClient, useMutation, useQuery } from 'urql';
import { HqGenerateCodesDocument, HqRedemptionCodesDocument, type HqRedemptionCodesQuery } from '../../generated/graphql';
import { describeFault } from '../../graphql/errors';
import { hq } from '../../hq-strings';
import { when } from '../../lib/time';
import { Figure } from './CostTable';

const s = hq.promo;
const SHOWN = 10;

export function CodesPanel({ promotionId, name }: { promotionId: string; name: string }) {
  const client = useClient();
  const [{ data, error }, reload] = useQuery({
    query: HqRedemptionCodesDocument,
    variables: { promotionId },
    requestPolicy: 'network-only',
  });
  const [, generate] = useMutation(HqGenerateCodesDocument);
  const [count, setCount] = useState('100');
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const page = data?.redemptionCodes.__typename === 'RedemptionCodePage' ? data.redemptionCodes : null;

  const fetchPage = (after: string | null) =>
    client.query(HqRedemptionCodesDocument, { promotionId, after }, { requestPolicy: 'network-only' }).toPromise();

  /** Every page of codes (1,000 each), for the CSV and the clipboard. */
  async function everyPage() {
    const pages: NonNullable<typeof page>[] = [];
    let after: string | null = null;
    do {
      const res = await fetchPage(after);
      const p: HqRedemptionCodesQuery['redemptionCodes'] | undefined = res.data?.redemptionCodes;
      if (res.error || p?.__typename !== 'RedemptionCodePage') throw new Error(describeFault(res.error) ?? s.notFound);
      pages.push(p);
      after = p.next ?? null;
    } while (after);
    return pages;
  }

  async function onMake() {
    const n = Number(count);
    if (!/^\d{1,5}$/.test(count.trim()) || n < 1 || n > 10_000) return setNotice({ ok: false, text: s.codesCountBad });
    setBusy(true);
    const res = await generate({ promotionId, count: n });
    setBusy(false);
    const out = res.data?.generateRedemptionCodes;
    if (res.error || out?.__typename !== 'RedemptionCodePage')
      return setNotice({ ok: false, text: describeFault(res.error) ?? s.notFound });
    setNotice({ ok: true, text: s.codesMade(out.made) });
    reload({ requestPolicy: 'network-only' });
  }

  async function onCsv() {
    try {
      const pages = await everyPage();
      // Each page's CSV has its own header row: keep the first.
      const body = pages.map((p, i) => (i === 0 ? p.csv : p.csv.split('\r\n').slice(1).join('\r\n'))).join('');
      // A BOM so Excel opens it as UTF-8.
      const url = URL.createObjectURL(new Blob(['\uFEFF', body], { type: 'text/csv;charset=utf-8' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = `兑换码-${name}.csv`;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (err) {
      setNotice({ ok: false, text: (err as Error).message });
    }
  }

  async function onCopy() {
    try {
      const codes = (await everyPage()).flatMap((p) => p.codes.filter((c) => !c.redeemedAt).map((c) => c.code));
      await navigator.clipboard.writeText(codes.join('\n'));
      setNotice({ ok: true, text: s.codesCopied(codes.length) });
    } catch (err) {
      setNotice({ ok: false, text: (err as Error).message });
    }
  }

  if (error && !page) return <p className="form-error">{describeFault(error)}</p>;
  const total = page?.total ?? 0;
  const redeemed = page?.redeemed ?? 0;
  return (
    <div className="card promo-card" aria-label={s.codesTitle} data-testid="codes">
      <h2>{s.codesTitle}</h2>
      <p className="muted">{s.codesHint}</p>
      <div className="promo-figures">
        <Figure label={s.codesTotal} value={String(total)} testId="codes-total" />
        <Figure label={s.codesRedeemed} value={String(redeemed)} testId="codes-redeemed" />
        <Figure label={s.codesRate} value={total ? `${((redeemed / total) * 100).toFixed(1)}%` : '—'} testId="codes-rate" />
      </div>
      <div className="promo-inline">
        <label>
          {s.codesCount}
          <input inputMode="numeric" value={count} onChange={(e) => setCount(e.target.value)} />
        </label>
        <button type="button" className="btn btn-primary" disabled={busy} onClick={() => void onMake()}>
          {busy ? s.codesMaking : s.codesMake}
        </button>
        <button type="button" className="btn" disabled={!total} onClick={() => void onCsv()}>
          {s.codesCsv}
        </button>
        <button type="button" className="btn" disabled={!total} onClick={() => void onCopy()}>
          {s.codesCopy}
        </button>
      </div>
      {notice && (
        <p className={notice.ok ? 'hq-notice hq-notice-ok' : 'form-error'} role={notice.ok ? 'status' : 'alert'}>
          {notice.text}
        </p>
      )}
      {page && page.codes.length > 0 ? (
        <>
          <p className="muted">{s.codesLatest(Math.min(SHOWN, page.codes.length), total)}</p>
          <div className="table-wrap">
            <table className="table" data-testid="codes-list">
              <thead>
                <tr>
                  <th>{s.code}</th>
                  <th>{s.codeState}</th>
                </tr>
              </thead>
              <tbody>
                {page.codes.slice(0, SHOWN).map((c) => (
                  <tr key={c.code}>
                    <td className="promo-code">{c.code}</td>
                    <td>{c.redeemedAt ? s.codeUsedAt(when(c.redeemedAt)) : s.codeFree}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : (
        page && <p className="muted">{s.codesNone}</p>
      )}
    </div>
  );
}
