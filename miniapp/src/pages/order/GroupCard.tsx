// 拼团 on the order page: the group's progress (members paid of its size), its deadline, and what became of it
// (formed, or failed and refunded). The live countdown and the share card are on the group page the invite opens:
// the main package's H5 initial JS is at its budget, so the ticking clock lives in the group subpackage.
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { OrderDetailFragment } from '../../generated/graphql';
import { dateTime } from '../../lib/format';
import { t } from '../../strings';

export function GroupCard({ group }: { group: NonNullable<OrderDetailFragment['groupBuy']> }) {
  const open = group.state === 'OPEN';
  return (
    <View
      className={`card order__group is-${group.state}`}
      onClick={() => open && Taro.navigateTo({ url: `/packages/group/buy/index?id=${group.id}` })}
      data-testid="order-group"
      data-state={group.state}
    >
      <View className="row between">
        <Text className="order__group-state" data-testid="order-group-state">
          {group.state === 'FAILED' ? t.group.failedTitle : t.group.state[group.state]}
        </Text>
        <Text data-testid="order-group-progress">
          {t.group.progress(group.paid, group.size)}
          {open && ` · ${t.group.invite} ›`}
        </Text>
      </View>
      <Text className="muted" data-testid="order-group-hint">
        {open
          ? `${t.group.waitingHint} · ${dateTime(group.deadline)} ${t.group.endsIn}`
          : group.state === 'FORMED'
            ? t.group.formedHint
            : t.group.failedHint}
      </Text>
    </View>
  );
}
