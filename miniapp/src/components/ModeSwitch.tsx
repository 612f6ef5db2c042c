import { Text, View } from '@tarojs/components';
import type { Mode } from '../state/mode';
import { t } from '../strings';
import './ModeSwitch.scss';

/** 外卖 / 自取 at the top of the home page, as the coffee apps do it. */
export function ModeSwitch({ mode, onChange }: { mode: Mode; onChange: (m: Mode) => void }) {
  return (
    <View className="mode-switch" role="tablist">
      {(['DELIVERY', 'PICKUP'] as const).map((m) => (
        <View
          key={m}
          className={`mode-switch__item ${mode === m ? 'is-on' : ''}`}
          onClick={() => onChange(m)}
          data-testid={`mode-${m}`}
          role="tab"
          aria-selected={mode === m}
        >
          <Text>{t.mode[m]}</Text>
        </View>
      ))}
    </View>
  );
}
