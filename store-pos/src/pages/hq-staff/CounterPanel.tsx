// One store's counter: its enrolled devices (enrol shows the device token once, as a link for the tablet) and
// the pickup lockouts in force there (a clerk's or the whole store's), each liftable.
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import {
  HqEnrollDeviceDocument,
  HqRevokeDeviceDocument,
  HqStoreCounterDocument,
  HqUnlockPickupLockoutDocument,
} from '../../generated/graphql';
import { describeFault } from '../../graphql/errors';
import { hq } from '../../hq-strings';
import { when } from '../../lib/time';

const s = hq.staff;

export function CounterPanel({ storeId, onNotice }: { storeId: string; onNotice: (n: { tone: 'ok' | 'bad'; text: string }) => void }) {
  const [{ data, error }, reload] = useQuery({ query: HqStoreCounterDocument, variables: { storeId }, requestPolicy: 'cache-and-network' });
  const refetch = () => reload({ requestPolicy: 'network-only' });
  const [name, setName] = useState('');
  const [token, setToken] = useState<string | null>(null);
  const [{ fetching }, enroll] = useMutation(HqEnrollDeviceDocument);
  const [, revoke] = useMutation(HqRevokeDeviceDocument);
  const [, lift] = useMutation(HqUnlockPickupLockoutDocument);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const res = await enroll({ input: { storeId, name: name.trim() } });
    const r = res.data?.enrollDevice;
    if (!r) return onNotice({ tone: 'bad', text: describeFault(res.error) ?? '' });
    if (r.__typename !== 'DeviceEnrollment') return onNotice({ tone: 'bad', text: r.message });
    setToken(r.deviceToken);
    setName('');
    refetch();
  }

  const link = token ? `${location.origin}${import.meta.env.BASE_URL}enroll#${token}` : '';
  return (
    <div className="hq-grid">
      <div className="card">
        <h2>{s.devices}</h2>
        {error && <p className="form-error">{describeFault(error)}</p>}
        <table className="table" data-testid="devices">
          <thead>
            <tr>
              <th>{s.deviceName}</th>
              <th>{s.enrolledAt}</th>
              <th>{s.lastUnlock}</th>
              <th>{s.actions}</th>
            </tr>
          </thead>
          <tbody>
            {data?.devices.map((d) => (
              <tr key={d.id}>
                <td>{d.name}</td>
                <td>{when(d.enrolledAt)}</td>
                <td>{d.lastUnlockAt ? when(d.lastUnlockAt) : '—'}</td>
                <td>
                  {d.revokedAt ? (
                    <span className="tag tag-bad">{s.revoked}</span>
                  ) : (
                    <button
                      type="button"
                      className="btn btn-small btn-danger"
                      onClick={async () => {
                        const res = await revoke({ deviceId: d.id });
                        if (res.error) return onNotice({ tone: 'bad', text: describeFault(res.error) ?? '' });
                        refetch();
                      }}
                    >
                      {s.revoke}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <form className="inline-form" onSubmit={submit}>
          <label>
            {s.deviceName}
            <input value={name} onChange={(e) => setName(e.target.value)} required placeholder="收银台 1 号平板" />
          </label>
          <button type="submit" className="btn btn-primary btn-small" disabled={fetching}>
            {s.enroll}
          </button>
        </form>
        {token && (
          <div className="token-box" data-testid="device-token">
            <p>{s.tokenOnce}</p>
            <code className="token">{token}</code>
            <p>
              {s.enrollLink}：
              <a href={link} data-testid="enroll-link">
                {link}
              </a>
            </p>
          </div>
        )}
      </div>
      <div className="card">
        <h2>{s.lockouts}</h2>
        {data && data.pickupLockouts.length === 0 && <p className="muted">{s.noLockouts}</p>}
        {data && data.pickupLockouts.length > 0 && (
          <table className="table" data-testid="lockouts">
            <thead>
              <tr>
                <th>{s.role}</th>
                <th>{s.username}</th>
                <th>{s.lockedUntil}</th>
                <th>{s.actions}</th>
              </tr>
            </thead>
            <tbody>
              {data.pickupLockouts.map((l) => (
                <tr key={`${l.scope}-${l.staffId ?? ''}`}>
                  <td>{s.lockScope[l.scope] ?? l.scope}</td>
                  <td>{l.username ?? '—'}</td>
                  <td>{when(l.until)}</td>
                  <td>
                    <button
                      type="button"
                      className="btn btn-small"
                      onClick={async () => {
                        const res = await lift({ storeId, staffId: l.staffId ?? null });
                        if (res.error) return onNotice({ tone: 'bad', text: describeFault(res.error) ?? '' });
                        onNotice({ tone: 'ok', text: s.lifted });
                        refetch();
                      }}
                    >
                      {s.lift}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </div>
  );
}
