// The shared tablet's lock screen: the device is enrolled to a store; a clerk taps their name and unlocks
// with their PIN on a big keypad.
import { useEffect, useState } from 'react';
import { Link, Navigate, useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { homeOf } from '../../graphql/session';
import { Keypad } from '../../components/Keypad';
import { LockScreenDocument, UnlockWithPinDocument } from '../../generated/graphql';
import { sessionOf } from '../../graphql/auth';
import { describeFault, describeResult } from '../../graphql/errors';
import { setDevice, setSession, useDevice, useSession } from '../../graphql/session';
import { t } from '../../strings';
import { useKeyboardWedge } from '../../components/useKeyboardWedge';
import { SessionEndedNotice } from '../../components/SessionEndedNotice';

/** PINs are 4 to 6 digits (the API's rule). */
const PIN_MIN = 4;
const PIN_MAX = 6;

export default function UnlockPage() {
  const session = useSession();
  const device = useDevice();
  const navigate = useNavigate();
  const [staffId, setStaffId] = useState<string | null>(null);
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [{ data, error: loadError }, reload] = useQuery({
    query: LockScreenDocument,
    variables: { deviceToken: device?.deviceToken ?? '' },
    pause: !device,
    requestPolicy: 'network-only',
  });
  const [{ fetching }, unlock] = useMutation(UnlockWithPinDocument);
  const info = data?.counterDevice;
  const clerks = info?.__typename === 'CounterDeviceInfo' ? info.clerks.filter((c) => c.hasPin) : [];

  useEffect(() => {
    // Revoked or unknown: this tablet must be enrolled again.
    if (info?.__typename === 'DeviceNotEnrolledError') setDevice(null);
  }, [info]);
  useEffect(() => {
    if (!staffId && clerks.length === 1) setStaffId(clerks[0]!.id);
  }, [clerks, staffId]);
  // The tablet sits on this screen: if the API was away when it opened (a redeploy, the shop's network), ask again
  // until it answers, so the clerks' names come back without anyone reloading.
  useEffect(() => {
    if (!loadError) return;
    const again = setTimeout(() => reload({ requestPolicy: 'network-only' }), 3000);
    return () => clearTimeout(again);
  }, [loadError, reload]);

  async function submit() {
    if (!device || !staffId || pin.length < PIN_MIN) return;
    setError(null);
    const res = await unlock({ input: { deviceToken: device.deviceToken, staffId, pin } });
    setPin('');
    const r = res.data?.unlockWithPin;
    if (!r) return setError(describeFault(res.error));
    if (r.__typename === 'AuthPayload') {
      const next = sessionOf(r);
      if (!next) return setError(t.auth.forbidden);
      setSession(next);
      return navigate(homeOf[next.role], { replace: true });
    }
    if (r.__typename === 'InvalidPinError') return setError(t.auth.pinWrong(r.attemptsLeft));
    if (r.__typename === 'SignInLockedError') return setError(t.auth.pinLocked(Math.max(1, Math.ceil(r.retryAfterSeconds / 60))));
    if (r.__typename === 'DeviceNotEnrolledError') setDevice(null);
    setError(describeResult(r));
  }

  const digit = (d: string) => setPin((p) => (p.length < PIN_MAX ? p + d : p));
  useKeyboardWedge({ onDigit: digit, onBackspace: () => setPin((p) => p.slice(0, -1)), onEnter: () => void submit() }, !!staffId);

  if (session) return <Navigate to={homeOf[session.role]} replace />;
  if (!device) return <Navigate to="/login" replace />;
  const chosen = clerks.find((c) => c.id === staffId);

  return (
    <div className="signin">
      <div className="card signin-card unlock-card">
        <h1>{t.auth.deviceStore(info?.__typename === 'CounterDeviceInfo' ? `${info.storeCode} ${info.storeName}` : device.storeName)}</h1>
        <SessionEndedNotice />
        {!chosen ? (
          <>
            <h2>{t.auth.whoAreYou}</h2>
            {loadError && (
              <p className="form-error">
                {describeFault(loadError)}{' '}
                <button type="button" className="btn btn-small" onClick={() => reload({ requestPolicy: 'network-only' })}>
                  {t.common.retry}
                </button>
              </p>
            )}
            <div className="clerk-grid">
              {clerks.map((c) => (
                <button key={c.id} type="button" className="btn btn-big" onClick={() => setStaffId(c.id)}>
                  {c.displayName}
                </button>
              ))}
            </div>
            {info?.__typename === 'CounterDeviceInfo' && clerks.length === 0 && <p className="muted">{t.auth.noClerks}</p>}
          </>
        ) : (
          <>
            <h2>
              {chosen.displayName} · {t.auth.pinTitle}
            </h2>
            {/* One dot per digit typed, as a phone's lock screen does: four open dots to start (the shortest PIN),
                more appear as more are typed, so the pad never hints at a length this clerk's PIN does not have. */}
            <div className="pin-dots" role="img" aria-label={pin ? t.auth.pinTyped(pin.length) : t.auth.pinHint} data-testid="pin-dots">
              {Array.from({ length: Math.max(PIN_MIN, pin.length) }, (_, i) => (
                <span key={i} className={i < pin.length ? 'dot dot-on' : 'dot'} />
              ))}
            </div>
            {error && (
              <p className="form-error" role="alert">
                {error}
              </p>
            )}
            <Keypad
              onDigit={digit}
              onBackspace={() => setPin((p) => p.slice(0, -1))}
              onClear={() => setPin('')}
              onEnter={() => void submit()}
              enterLabel={t.auth.unlock}
              enterDisabled={pin.length < PIN_MIN || fetching}
            />
            {clerks.length > 1 && (
              <button type="button" className="btn btn-ghost btn-block" onClick={() => (setStaffId(null), setPin(''), setError(null))}>
                {t.auth.switchClerk}
              </button>
            )}
          </>
        )}
        <Link className="btn btn-ghost btn-block" to="/login">
          {t.auth.usePassword}
        </Link>
      </div>
    </div>
  );
}
