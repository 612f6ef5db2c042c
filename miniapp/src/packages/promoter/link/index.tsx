import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { client, signIn } from '../../../api/app-client';
import { LinkStaffWechatDocument } from '../generated';
import { linkWords } from '../strings';

type Outcome = 'linking' | 'linked' | 'taken' | { refused: string };

/**
 * Where a clerk's link code lands (the QR on the store app's 导购 screen): makes this WeChat the clerk's own, so
 * its shares count as the clerk's 导购 sales and its 推广中心 withdraws their commission.
 */
export default function LinkStaff() {
  const { params } = useRouter();
  const [outcome, setOutcome] = useState<Outcome>('linking');
  useEffect(() => {
    const token = decodeURIComponent(params.token ?? '');
    if (!token) return setOutcome({ refused: linkWords.noCode });
    // Opened cold from a scan: the session may not exist yet.
    void signIn()
      .then(() => client.mutation(LinkStaffWechatDocument, { token }).toPromise())
      .then((res) => {
        if (res.data) return setOutcome(res.data.linkStaffAccount ? 'linked' : 'taken');
        // The API's words for a bad or expired code are English: say it in the shopper's.
        const expired = res.error?.graphQLErrors.some((e) => /expired/i.test(e.message));
        setOutcome({ refused: expired ? linkWords.expired : res.error?.networkError ? linkWords.network : linkWords.invalid });
      });
  }, [params.token]);

  return (
    <View className="card" style={{ margin: '24rpx', padding: '32rpx' }}>
      {outcome === 'linking' && <Text>{linkWords.linking}</Text>}
      {outcome === 'linked' && (
        <View>
          <Text className="promoter__title" data-testid="staff-linked">
            {linkWords.linked}
          </Text>
          <View style={{ margin: '16rpx 0 32rpx' }}>
            <Text className="muted">{linkWords.linkedHint}</Text>
          </View>
          <View className="btn" onClick={() => void Taro.redirectTo({ url: '/packages/promoter/centre/index' })}>
            {linkWords.toCentre}
          </View>
        </View>
      )}
      {outcome === 'taken' && <Text data-testid="staff-link-refused">{linkWords.taken}</Text>}
      {typeof outcome === 'object' && <Text data-testid="staff-link-refused">{outcome.refused}</Text>}
    </View>
  );
}
