import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import type { Read } from '../api/use-read';
import { t } from '../strings';

/** A read that failed: say so, and offer to ask again (never an empty list that looks like "nothing here"). */
export function ReadFailed({ onRetry, inline }: { onRetry: () => void; inline?: boolean }) {
  return (
    <View className={`read-failed ${inline ? 'is-inline' : ''}`} data-testid="read-failed">
      <Text className="read-failed__title">{t.common.loadFailed}</Text>
      <Text className="muted">{t.common.loadFailedHint}</Text>
      <View
        className="btn small read-failed__retry"
        onClick={(e) => {
          e.stopPropagation();
          onRetry();
        }}
        data-testid="retry"
      >
        {t.common.retry}
      </View>
    </View>
  );
}

/** The answer of a read, or while it is asked "加载中…", or the failure with a retry. */
export function Loaded<T>({ read, children, inline }: { read: Read<T>; children: (data: T) => ReactNode; inline?: boolean }) {
  if (read.failed) return <ReadFailed onRetry={read.retry} inline={inline} />;
  if (read.data === undefined) return <View className={inline ? 'muted read-loading' : 'empty'}>{t.common.loading}</View>;
  return <>{children(read.data)}</>;
}
