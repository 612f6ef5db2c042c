import { Text, View } from '@tarojs/components';
import { t } from '../strings';
import './StepBar.scss';

const PROGRESS: Record<string, number> = {
  PAID: 0,
  ACCEPTED: 1,
  READY_FOR_PICKUP: 2,
  DISPATCHED: 2,
  PICKED_UP: 3,
  DELIVERED: 3,
  COMPLETED: 3,
};

/** 已支付 → 备货中 → 待取货/配送中 → 已取货/已送达. */
export function StepBar({ state, fulfilment }: { state: string; fulfilment: 'DELIVERY' | 'PICKUP' }) {
  const at = PROGRESS[state];
  if (at == null) return null;
  const labels = t.steps[fulfilment];
  return (
    <View className="step-bar" data-testid="step-bar">
      {labels.map((label, i) => (
        <View key={label} className={`step-bar__step ${i <= at ? 'is-done' : ''} ${i === at ? 'is-now' : ''}`}>
          <View className="step-bar__dot" />
          <Text className="step-bar__label">{label}</Text>
        </View>
      ))}
    </View>
  );
}
