// The shared tablet's lock screen: the device is enrolled to a store, a clerk unlocks it with their PIN.
import { useState } from 'react';
import { Link, Navigate } from 'react-router';
import { Keypad } from '../../components/Keypad';
import { useDevice, useSession } from '../../graphql/session';
import { t } from '../../strings';

export default function UnlockPage() {
  const session = useSession();
  const device = useDevice();
  const [pin, setPin] = useState('');
  if (session) return <Navigate to="/" replace />;
  if (!device) return <Navigate to="/login" replace />;
  return (
    <div className="signin">
      <div className="card signin-card">
        <h1>{t.auth.deviceStore(device.storeName)}</h1>
        <h2>{t.auth.pinTitle}</h2>
        <div className="pin-dots" aria-label={t.auth.pinHint}>
          {Array.from({ length: 6 }, (_, i) => (
            <span key={i} className={i < pin.length ? 'dot dot-on' : 'dot'} />
          ))}
        </div>
        <Keypad
          onDigit={(d) => setPin((p) => (p.length < 6 ? p + d : p))}
          onBackspace={() => setPin((p) => p.slice(0, -1))}
          onClear={() => setPin('')}
          enterLabel={t.auth.unlock}
          enterDisabled={pin.length < 4}
        />
        <Link className="btn btn-ghost btn-block" to="/login">
          {t.auth.usePassword}
        </Link>
      </div>
    </div>
  );
}
