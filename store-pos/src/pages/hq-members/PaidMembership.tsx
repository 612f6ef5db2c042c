// A member's 付费会员 on their HQ page: what runs and until when, each purchase, and 退款, which first says how much
// goes back (pro rata, floored to the fen) and that the membership ends now, then asks.
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { ConfirmDialog } from '../../components/hq/ConfirmDialog';
import { HqMemberPaidMembershipDocument, HqRefundMembershipDocument } from '../../generated/graphql';
import { describeFault, describeResult, isErrorResult } from '../../graphql/errors';
import { hq } from '../../hq-strings';
import { yuan } from '../../lib/money';
import { when } from '../../lib/time';

const s = hq.members.paid;

export function PaidMembership({ shopperId }: { shopperId: string }) {
  const [{ data, error }, reload] = useQuery({
    query: HqMemberPaidMembershipDocument,
    variables: { shopperId },
    requestPolicy: 'network-only',
  });
  const [refunding, refund] = useMutation(HqRefundMembershipDocument);
  const [asking, setAsking] = useState(false);
  const [notice, setNotice] = useState<{ tone: 'ok' | 'bad'; text: string } | null>(null);
  if (error) return <p className="form-error">{describeFault(error)}</p>;
  const m = data?.memberPaidMembership;
  if (!m) return null;
  if (!m.current && m.purchases.length === 0 && !notice) return null;

  async function confirm() {
    setAsking(false);
    const res = await refund({ shopperId });
    const r = res.data?.refundMembership;
    if (res.error || !r) return setNotice({ tone: 'bad', text: describeFault(res.error) ?? s.failed });
    if (isErrorResult(r)) return setNotice({ tone: 'bad', text: describeResult(r) });
    if (r.__typename === 'MembershipRefunded') setNotice({ tone: 'ok', text: s.refunded(yuan(r.refundedFen)) });
    reload({ requestPolicy: 'network-only' });
  }

  return (
    <div className="paid-membership" data-testid="paid-membership">
      <h3>{s.title}</h3>
      {notice && (
        <p className={notice.tone === 'ok' ? 'hq-notice hq-notice-ok' : 'form-error'} role={notice.tone === 'ok' ? 'status' : 'alert'}>
          {notice.text}
        </p>
      )}
      {m.current ? (
        <div className="paid-current">
          <span>
            <strong>{m.current.planName}</strong> · {s.until(when(m.current.endsAt))}
          </span>
          <span className="muted">{s.refundable(yuan(m.refundableFen))}</span>
          <button
            type="button"
            className="btn btn-danger"
            disabled={refunding.fetching || m.refundableFen === 0}
            onClick={() => setAsking(true)}
          >
            {s.refund}
          </button>
        </div>
      ) : (
        <p className="muted">{s.notRunning}</p>
      )}
      {m.purchases.length > 0 && (
        <table className="table table-compact">
          <tbody>
            {m.purchases.map((p) => (
              <tr key={p.id}>
                <td>{p.planName}</td>
                <td className="num">{yuan(p.priceFen)}</td>
                <td className="nowrap">{p.startsAt ? `${when(p.startsAt)} – ${p.endsAt ? when(p.endsAt) : ''}` : s.unpaid}</td>
                <td>{p.state === 'REFUNDED' ? s.refundedRow(yuan(p.refundedFen)) : s.paidRow}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {asking && (
        <ConfirmDialog
          question={s.ask(yuan(m.refundableFen))}
          confirmLabel={s.confirm(yuan(m.refundableFen))}
          danger
          onConfirm={() => void confirm()}
          onCancel={() => setAsking(false)}
        />
      )}
    </div>
  );
}
