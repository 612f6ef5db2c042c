// Binds this tablet to a store with the device token HQ got from enrollDevice (or the enroll-device script):
// opened as /pos/enroll#<token>, or the token typed or scanned in. The token then stays in localStorage.
import { useEffect, useState, type FormEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useClient } from 'urql';
import { LockScreenDocument } from '../../generated/graphql';
import { describeFault, describeResult } from '../../graphql/errors';
import { setDevice, setSession } from '../../graphql/session';
import { t } from '../../strings';

export default function EnrollPage() {
  const client = useClient();
  const navigate = useNavigate();
  const hash = useLocation().hash.replace(/^#/, '');
  const [token, setToken] = useState(hash);
  const [error, setError] = useState<string | null>(null);

  async function enroll(deviceToken: string) {
    setError(null);
    const res = await client.query(LockScreenDocument, { deviceToken }, { requestPolicy: 'network-only' }).toPromise();
    const r = res.data?.counterDevice;
    if (!r) return setError(describeFault(res.error));
    if (r.__typename !== 'CounterDeviceInfo') return setError(describeResult(r));
    setDevice({ deviceToken, deviceId: r.device.id, storeId: r.device.storeId, storeName: `${r.storeCode} ${r.storeName}` });
    // Whoever enrolled the tablet (HQ) leaves it at the lock screen for the clerks.
    setSession(null);
    navigate('/unlock', { replace: true });
  }

  useEffect(() => {
    if (hash) void enroll(hash);
    // Once, for the token in the link.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (token.trim()) void enroll(token.trim());
  };

  return (
    <div className="signin">
      <form className="card signin-card" onSubmit={submit}>
        <h1>{t.appName}</h1>
        <h2>{t.auth.enrollTitle}</h2>
        <label>
          {t.auth.deviceToken}
          <input name="deviceToken" value={token} onChange={(e) => setToken(e.target.value)} autoComplete="off" />
        </label>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <button className="btn btn-primary btn-block" type="submit">
          {t.auth.enroll}
        </button>
      </form>
    </div>
  );
}
