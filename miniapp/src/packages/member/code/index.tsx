// 会员码: the shopper's member code, computed on the phone from the secret it holds (RFC 6238), so it shows with
// no signal. The same 20 digits as a barcode (for a scanner gun), a QR (for a camera) and text (to read out).
import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { client, signIn } from '../../../api/app-client';
import { heldMemberSecret, keepMemberSecret, type MemberSecret } from '../../../api/member-secret';
import { QrCode } from '../../../components/QrCode';
import { fromBase32, totp } from '../../../lib/totp';
import { t } from '../../../strings';
import { Barcode } from './Barcode';
import './index.scss';

/** The code shown at a moment, and the seconds until it turns. */
function codeAt(secret: MemberSecret, key: Uint8Array, nowMs: number) {
  const step = secret.stepSeconds * 1000;
  const code = secret.prefix + secret.reference + totp(key, nowMs, secret.stepSeconds, secret.digits);
  return { code, left: Math.ceil((step - (nowMs % step)) / 1000) };
}

/** Read out in groups of four. */
const grouped = (code: string) => code.replace(/(\d{4})(?=\d)/g, '$1 ');

export default function MemberCodePage() {
  const [secret, setSecret] = useState<MemberSecret | null>(heldMemberSecret);
  const [asking, setAsking] = useState(!secret);
  const [now, setNow] = useState(Date.now());

  const fetchSecret = () => {
    setAsking(true);
    // Opened before the launch's sign-in finished (or after it failed): sign in first, then ask.
    void signIn()
      .then((token) => (token ? keepMemberSecret(client) : null))
      .then((s) => {
        setSecret(s);
        setAsking(false);
      });
  };
  useEffect(() => {
    if (!secret) fetchSecret();
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);

  if (!secret) {
    return (
      <View className="member-code">
        <View className="member-code__card">
          <View className="member-code__empty" data-testid="member-code-missing">
            <Text>{asking ? t.memberCode.preparing : t.memberCode.needsSignal}</Text>
            {!asking && (
              <View className="btn" onClick={fetchSecret}>
                {t.memberCode.retry}
              </View>
            )}
          </View>
        </View>
      </View>
    );
  }
  const key = fromBase32(secret.secret);
  const { code, left } = codeAt(secret, key, now);
  return (
    <View className="member-code">
      <View className="member-code__card" data-testid="member-code" data-code={code}>
        <View className="member-code__title">
          <Text>{t.memberCode.title}</Text>
          <Text className="member-code__badge">{t.memberCode.offline}</Text>
        </View>
        <Barcode digits={code} />
        <Text className="member-code__digits" data-testid="member-digits">
          {grouped(code)}
        </Text>
        <QrCode value={code} size={400} />
        <View className="member-code__timer">
          <View className="member-code__track">
            <View className="member-code__fill" style={{ width: `${(left / secret.stepSeconds) * 100}%` }} />
          </View>
          <Text className="member-code__countdown" data-testid="member-countdown">
            {t.memberCode.refreshIn(left)}
          </Text>
        </View>
      </View>
      <View className="member-code__hints">
        {t.memberCode.hint.map((line) => (
          <Text key={line} className="member-code__hint">
            {line}
          </Text>
        ))}
      </View>
    </View>
  );
}
