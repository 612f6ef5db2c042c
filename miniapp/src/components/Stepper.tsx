import { Text, View } from '@tarojs/components';
import './Stepper.scss';

/** − n + ; the minus removes the line at 1. */
export function Stepper({
  value,
  max,
  onChange,
  testId,
}: {
  value: number;
  max?: number | null;
  onChange: (n: number) => void;
  testId?: string;
}) {
  const atMax = max != null && value >= max;
  return (
    <View className="stepper" data-testid={testId}>
      {value > 0 && (
        <>
          <View
            className="stepper__btn minus"
            onClick={(e) => {
              e.stopPropagation();
              onChange(value - 1);
            }}
            aria-label="减少"
          >
            <Text className="stepper__dot">−</Text>
          </View>
          <Text className="stepper__value">{value}</Text>
        </>
      )}
      <View
        className={`stepper__btn plus ${atMax ? 'is-off' : ''}`}
        onClick={(e) => {
          e.stopPropagation();
          if (!atMax) onChange(value + 1);
        }}
        aria-label="增加"
      >
        <Text className="stepper__dot">+</Text>
      </View>
    </View>
  );
}
