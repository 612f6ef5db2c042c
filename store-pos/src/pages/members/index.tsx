// 一客一码: the shopper shows their member code (20 digits as barcode, QR and text, computed on their phone and
// good for one use within a minute); the clerk scans or types it to sign them up to this store, and sees their points.
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { BindMemberDocument } from '../../generated/graphql';
import { describeFault, describeResult } from '../../graphql/errors';
import { t } from '../../strings';
import { CameraScanner } from '../../components/CameraScanner';
import { useKeyboardWedge } from '../../components/useKeyboardWedge';

type Outcome = { tone: 'ok' | 'warn' | 'bad'; title: string; points?: number | null };

export default function MembersPage() {
  const [code, setCode] = useState('');
  const [camera, setCamera] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [{ fetching }, bind] = useMutation(BindMemberDocument);

  async function submit(memberCode: string) {
    const value = memberCode.replace(/\s/g, '');
    if (!value) return;
    setCamera(false);
    const res = await bind({ memberCode: value });
    const r = res.data?.bindShopperToStore;
    setCode('');
    if (!r) return setOutcome({ tone: 'bad', title: describeFault(res.error) ?? t.errors.generic });
    if (r.__typename !== 'HomeStoreBinding') return setOutcome({ tone: 'bad', title: describeResult(r) });
    setOutcome(
      r.newlyBound
        ? { tone: 'ok', title: t.members.bound, points: r.points }
        : { tone: 'warn', title: t.members.alreadyBound(r.storeCode), points: r.points },
    );
  }

  // A scanner types the code and Enter, wherever the focus is.
  useKeyboardWedge({
    onDigit: (d) => setCode((c) => c + d),
    onBackspace: () => setCode((c) => c.slice(0, -1)),
    onEnter: (typed) => void submit(/[^0-9]/.test(typed) ? typed : code),
  });

  const onForm = (e: FormEvent) => {
    e.preventDefault();
    void submit(code);
  };

  return (
    <div className="members">
      <form className="card members-form" onSubmit={onForm}>
        <h1 className="page-title">{t.members.title}</h1>
        <input
          name="memberCode"
          aria-label={t.members.codePlaceholder}
          placeholder={t.members.codePlaceholder}
          value={code}
          onChange={(e) => setCode(e.target.value)}
          autoComplete="off"
          inputMode="numeric"
          className="big-input"
        />
        <div className="preview-actions">
          <button type="button" className="btn btn-big" onClick={() => setCamera((c) => !c)}>
            {camera ? t.counter.stopCamera : t.counter.scanCamera}
          </button>
          <button type="submit" className="btn btn-primary btn-big grow" disabled={!code.trim() || fetching}>
            {t.members.bind}
          </button>
        </div>
        {camera && <CameraScanner onToken={(text) => void submit(text)} />}
      </form>
      {outcome && (
        <div className={`feedback feedback-${outcome.tone}`} role="status" data-testid="member-outcome">
          <div className="feedback-title">{outcome.title}</div>
          {outcome.points != null && (
            <div className="feedback-detail">
              {t.members.points}：{outcome.points}
            </div>
          )}
        </div>
      )}
    </div>
  );
}
