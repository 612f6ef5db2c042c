import { Button, Input, Text, View } from '@tarojs/components';
import Taro, { useShareAppMessage } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { client } from '../../../api/app-client';
import { useRead } from '../../../api/use-read';
import { Loaded } from '../../../components/Loaded';
import { QrCode } from '../../../components/QrCode';
import {
  JoinPromotersDocument,
  MyPromoterCentreDocument,
  WithdrawCommissionDocument,
  type PromoterCentreFieldsFragment,
} from '../generated';
import { money } from '../../../lib/money';
import { OWN_CODE } from '../../../state/referral';
import { t } from '../../../strings';
import { linkWords } from '../strings';
import './index.scss';

/** 推广中心: join (free), share the store with one's own code, earnings frozen and available, withdraw, buyers. */
export default function PromoterCentre() {
  const read = useRead({ query: MyPromoterCentreDocument, signedIn: true, requestPolicy: 'network-only' });
  const [joined, setJoined] = useState<PromoterCentreFieldsFragment | null>(null);
  useShareAppMessage(() => {
    const centre = joined ?? read.data?.promoterCentre;
    return { title: t.promoter.shareTitle, path: centre ? `/${centre.sharePath}` : '/pages/home/index' };
  });
  return (
    <Loaded read={read}>
      {(data) => {
        const centre = joined ?? data.promoterCentre;
        if (!centre)
          return (
            <View className="promoter card">
              <Text className="promoter__intro">{t.promoter.intro}</Text>
              <View
                className="btn"
                onClick={async () => {
                  const res = await client.mutation(JoinPromotersDocument, {}).toPromise();
                  if (res.data) setJoined(res.data.becomePromoter);
                  else void Taro.showToast({ title: t.common.networkError, icon: 'none' });
                }}
              >
                {t.promoter.join}
              </View>
            </View>
          );
        return <Centre centre={centre} onChange={() => read.retry()} />;
      }}
    </Loaded>
  );
}

function Centre({ centre, onChange }: { centre: PromoterCentreFieldsFragment; onChange: () => void }) {
  // The product page offers sharing once it knows the shopper is a promoter.
  useEffect(() => Taro.setStorageSync(OWN_CODE, centre.promoter.code), [centre.promoter.code]);
  const [amount, setAmount] = useState('');
  const [busy, setBusy] = useState(false);
  const link = `${(globalThis as { location?: Location }).location?.origin ?? ''}/m/?ref=${centre.promoter.code}`;
  const withdraw = async () => {
    const fen = Math.round(Number(amount) * 100);
    if (!Number.isFinite(fen) || fen <= 0) return void Taro.showToast({ title: t.promoter.badAmount, icon: 'none' });
    setBusy(true);
    const res = await client.mutation(WithdrawCommissionDocument, { amountFen: fen }).toPromise();
    setBusy(false);
    const r = res.data?.requestCommissionWithdrawal;
    if (r?.__typename === 'CommissionWithdrawal') {
      setAmount('');
      void Taro.showToast({ title: t.promoter.requested, icon: 'success' });
      onChange();
    } else {
      const content =
        r?.__typename === 'ReferralError' && r.refusal === 'EXCEEDS_AVAILABLE'
          ? t.promoter.tooMuch(r.availableFen ?? 0)
          : t.promoter.badAmount;
      void Taro.showModal({ title: t.promoter.notNow, content: res.error ? t.common.networkError : content, showCancel: false });
    }
  };
  return (
    <View className="promoter">
      {centre.promoter.kind === 'CLERK' && (
        <Text className="muted promoter__hint" data-testid="promoter-clerk">
          {linkWords.asClerk}
        </Text>
      )}
      <View className="card promoter__money">
        <View className="promoter__figure">
          <Text className="muted">{t.promoter.frozen}</Text>
          <Text className="promoter__amount" data-testid="promoter-frozen">
            {money(centre.frozenFen)}
          </Text>
        </View>
        <View className="promoter__figure">
          <Text className="muted">{t.promoter.available}</Text>
          <Text className="promoter__amount" data-testid="promoter-available">
            {money(centre.availableFen)}
          </Text>
        </View>
        <View className="promoter__figure">
          <Text className="muted">{t.promoter.buyers}</Text>
          <Text className="promoter__amount" data-testid="promoter-buyers">
            {centre.buyers}
          </Text>
        </View>
      </View>
      <Text className="muted promoter__hint">{t.promoter.frozenHint}</Text>
      <View className="card">
        <Text className="promoter__title">{t.promoter.withdraw}</Text>
        <View className="promoter__withdraw">
          <Input
            className="promoter__input"
            type="digit"
            placeholder={t.promoter.amount}
            value={amount}
            onInput={(e) => setAmount(e.detail.value)}
          />
          <View className={busy ? 'btn disabled' : 'btn'} onClick={() => void withdraw()} data-testid="promoter-withdraw">
            {t.promoter.withdraw}
          </View>
        </View>
        <Text className="muted">{t.promoter.withdrawn(money(centre.withdrawnFen))}</Text>
      </View>
      <View className="card promoter__share">
        <Text className="promoter__title">{t.promoter.share}</Text>
        {process.env.TARO_ENV === 'h5' ? (
          <QrCode value={link} size={320} />
        ) : (
          <Button className="btn ghost" openType="share">
            {t.promoter.shareCard}
          </Button>
        )}
        <Text className="muted">{t.promoter.shareHint}</Text>
      </View>
    </View>
  );
}
