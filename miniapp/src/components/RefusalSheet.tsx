import { Text, View } from '@tarojs/components';
import type { NextStep, Refusal } from '../api/errors';
import { t } from '../strings';
import './RefusalSheet.scss';

/** An API refusal in plain words, with the one next step the API offered. */
export function RefusalSheet({
  refusal,
  onAct,
  onClose,
}: {
  refusal: Refusal | null;
  onAct: (step: NextStep) => void;
  onClose: () => void;
}) {
  if (!refusal) return null;
  return (
    <View className="refusal-mask" onClick={onClose}>
      <View className="refusal" onClick={(e) => e.stopPropagation()} data-testid="refusal" role="alertdialog">
        <Text className="refusal__title">{refusal.title}</Text>
        {refusal.detail && (
          <Text className="refusal__detail" data-testid="refusal-detail">
            {refusal.detail}
          </Text>
        )}
        <View className="refusal__actions">
          <View className="btn ghost small" onClick={onClose}>
            {refusal.action ? t.common.cancel : t.common.confirm}
          </View>
          {refusal.action && (
            <View className="btn small" data-testid="refusal-action" onClick={() => onAct(refusal.action!.step)}>
              {refusal.action.label}
            </View>
          )}
        </View>
      </View>
    </View>
  );
}
