// The pickup counter: a code by keypad, a QR by camera or by a keyboard-wedge scanner; preview, then hand over.
import { useCallback, useState } from 'react';
import { useClient } from 'urql';
import { Keypad } from '../../components/Keypad';
import { useStoreClock } from '../../components/StoreClock';
import { CounterPickupPreviewDocument, CounterVerifyPickupDocument, type CounterPickupPreviewQuery } from '../../generated/graphql';
import { describeFault } from '../../graphql/errors';
import { t } from '../../strings';
import { CameraScanner } from '../../components/CameraScanner';
import { feedbackOfError, feedbackOfPreview, type Feedback } from './outcome';
import { PreviewCard } from './PreviewCard';
import { useKeyboardWedge } from '../../components/useKeyboardWedge';

type Proof = { code: string } | { qrToken: string };
type Preview = Extract<CounterPickupPreviewQuery['pickupPreview'], { __typename: 'PickupPreview' }>;
type Stage =
  { kind: 'entry' } | { kind: 'busy' } | { kind: 'preview'; proof: Proof; preview: Preview } | { kind: 'result'; feedback: Feedback };

const MAX_CODE = 12;
const QR_PREFIX = 'LP1';

function groupDigits(code: string) {
  return code.replace(/(\d{5})(?=\d)/g, '$1 ');
}

export default function CounterPage() {
  const client = useClient();
  const [code, setCode] = useState('');
  const [stage, setStage] = useState<Stage>({ kind: 'entry' });
  const [camera, setCamera] = useState(false);
  const { timeZone } = useStoreClock();

  const check = useCallback(
    async (proof: Proof) => {
      setStage({ kind: 'busy' });
      const viaQr = 'qrToken' in proof;
      const res = await client.query(CounterPickupPreviewDocument, { input: proof }, { requestPolicy: 'network-only' }).toPromise();
      const r = res.data?.pickupPreview;
      if (!r) return setStage({ kind: 'result', feedback: { tone: 'bad', title: describeFault(res.error) ?? t.errors.generic } });
      if (r.__typename !== 'PickupPreview') return setStage({ kind: 'result', feedback: feedbackOfError(r, viaQr, timeZone) });
      const blocked = feedbackOfPreview(r, Date.now(), timeZone);
      setStage(blocked ? { kind: 'result', feedback: blocked } : { kind: 'preview', proof, preview: r });
    },
    [client, timeZone],
  );

  const handOver = useCallback(
    async (proof: Proof) => {
      setStage({ kind: 'busy' });
      const res = await client.mutation(CounterVerifyPickupDocument, { input: proof }).toPromise();
      const r = res.data?.verifyPickup;
      if (!r) return setStage({ kind: 'result', feedback: { tone: 'bad', title: describeFault(res.error) ?? t.errors.generic } });
      if (r.__typename === 'PickupVerified') {
        setCode('');
        return setStage({ kind: 'result', feedback: { tone: 'ok', title: t.counter.success } });
      }
      setStage({ kind: 'result', feedback: feedbackOfError(r, 'qrToken' in proof, timeZone) });
    },
    [client, timeZone],
  );

  const next = () => {
    setCode('');
    setStage({ kind: 'entry' });
  };

  const scanned = useCallback(
    (text: string) => {
      const token = text.trim();
      if (!token) return;
      setCode('');
      void check({ qrToken: token });
    },
    [check],
  );

  const typeDigit = (d: string) => {
    if (stage.kind === 'result' || stage.kind === 'preview') setStage({ kind: 'entry' });
    setCode((c) => (stage.kind === 'entry' ? c : '').concat(d).slice(0, MAX_CODE));
  };
  const submitCode = () => {
    if (code.length >= 8) void check({ code });
  };

  useKeyboardWedge({
    onDigit: typeDigit,
    onBackspace: () => setCode((c) => c.slice(0, -1)),
    onEnter: (typed) => {
      if (typed.startsWith(QR_PREFIX) || /[^0-9]/.test(typed)) return scanned(typed);
      if (stage.kind === 'preview') return void handOver(stage.proof);
      submitCode();
    },
  });

  return (
    <div className="counter">
      <section className="counter-entry">
        <div className={`code-display${code ? '' : ' code-empty'}`} data-testid="code-display">
          {code ? groupDigits(code) : t.counter.codePlaceholder}
        </div>
        <Keypad
          onDigit={typeDigit}
          onBackspace={() => setCode((c) => c.slice(0, -1))}
          onClear={() => setCode('')}
          onEnter={submitCode}
          enterLabel={t.counter.check}
          enterDisabled={code.length < 8 || stage.kind === 'busy'}
        />
        <button type="button" className="btn btn-block btn-big" onClick={() => setCamera((c) => !c)}>
          {camera ? t.counter.stopCamera : t.counter.scanCamera}
        </button>
        <p className="muted hint">{t.counter.scannerHint}</p>
      </section>
      <section className="counter-side">
        {camera && stage.kind !== 'preview' && stage.kind !== 'result' && <CameraScanner onToken={scanned} />}
        {stage.kind === 'busy' && <div className="feedback feedback-wait">{t.common.loading}</div>}
        {stage.kind === 'preview' && <PreviewCard preview={stage.preview} onHandOver={() => void handOver(stage.proof)} onCancel={next} />}
        {stage.kind === 'result' && (
          <div className={`feedback feedback-${stage.feedback.tone}`} role="status" data-testid="feedback">
            <div className="feedback-icon" aria-hidden>
              {stage.feedback.tone === 'ok' ? '✓' : stage.feedback.tone === 'warn' ? '!' : '✕'}
            </div>
            <div className="feedback-title">{stage.feedback.title}</div>
            {stage.feedback.detail && <div className="feedback-detail">{stage.feedback.detail}</div>}
            <button type="button" className="btn btn-big" onClick={next}>
              {t.counter.next}
            </button>
          </div>
        )}
        {stage.kind === 'entry' && !camera && <div className="counter-idle muted">{t.counter.title}</div>}
      </section>
    </div>
  );
}
