// Each store's payable under the draft beside the rules in force, as grouped bars (ECharts, loaded lazily).
import { useEffect, useRef } from 'react';
import { hq } from '../../hq-strings';
import { yuan } from '../../lib/money';

export interface ShareBar {
  store: string;
  draftFen: number;
  currentFen: number;
}

export function ShareChart({ bars }: { bars: ShareBar[] }) {
  const el = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let disposed = false;
    let chart: { dispose(): void } | null = null;
    void import('./echarts').then(({ init }) => {
      if (disposed || !el.current) return;
      const c = init(el.current, undefined, { renderer: 'svg' });
      c.setOption({
        animation: false,
        tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => yuan(Math.round(Number(v))) },
        legend: { top: 0, data: [hq.rules.draftShare, hq.rules.currentShare] },
        grid: { left: 70, right: 20, top: 36, bottom: 30 },
        xAxis: { type: 'category', data: bars.map((b) => b.store) },
        yAxis: {
          type: 'value',
          axisLabel: { formatter: (v: number) => `¥${(v / 100).toLocaleString('zh-CN', { maximumFractionDigits: 2 })}` },
        },
        series: [
          { name: hq.rules.draftShare, type: 'bar', data: bars.map((b) => b.draftFen), itemStyle: { color: '#0b6e4f' } },
          { name: hq.rules.currentShare, type: 'bar', data: bars.map((b) => b.currentFen), itemStyle: { color: '#9fb8ad' } },
        ],
      });
      chart = c;
    });
    return () => {
      disposed = true;
      chart?.dispose();
    };
  }, [bars]);
  return <div ref={el} className="share-chart" data-testid="share-chart" role="img" aria-label={hq.rules.chartTitle} />;
}
