// A launched promotion as it runs: claimed, used, discount given, cost by funder, budget left, per store; read again
// every few seconds while the page is open (a poll: the figures come from paid orders, which have no feed of their own).
import { useEffect } from 'react';
import { useQuery } from 'urql';
import { HqPromotionLiveDocument } from '../../generated/graphql';
import { describeFault } from '../../graphql/errors';
import { hq } from '../../hq-strings';
import { yuan } from '../../lib/money';
import { clock } from '../../lib/time';
import { CostTable, Figure } from './CostTable';

const s = hq.promo;
export const LIVE_POLL_MS = 5_000;

export function LivePanel({ id }: { id: string }) {
  const [{ data, error }, reload] = useQuery({ query: HqPromotionLiveDocument, variables: { id }, requestPolicy: 'network-only' });
  useEffect(() => {
    const timer = setInterval(() => reload({ requestPolicy: 'network-only' }), LIVE_POLL_MS);
    return () => clearInterval(timer);
  }, [reload]);
  const stats = data?.promotionStats.__typename === 'PromotionStats' ? data.promotionStats : null;
  if (error && !stats) return <p className="form-error">{describeFault(error)}</p>;
  if (!stats) return null;
  const coupon = stats.promotion.kind === 'COUPON';
  return (
    <div className="card promo-card" data-testid="live" aria-label={s.liveTitle}>
      <div className="hq-head">
        <h2 className="page-title">{s.liveTitle}</h2>
        <span className="muted" role="status" data-testid="live-at">
          {s.liveUpdated(clock(stats.at))}
        </span>
      </div>
      <div className="promo-figures">
        {coupon && <Figure label={s.claimed} value={String(stats.claimed)} testId="live-claimed" />}
        {coupon && <Figure label={s.used} value={String(stats.used)} testId="live-used" />}
        <Figure label={s.orders} value={String(stats.orders)} testId="live-orders" />
        <Figure label={s.discountGiven} value={yuan(stats.discountFen)} testId="live-discount" />
        <Figure label={s.costHq} value={yuan(stats.hqFen)} testId="live-hq" />
        <Figure label={s.costStore} value={yuan(stats.storeFen)} testId="live-store" />
        <Figure
          label={s.budgetLeft}
          value={
            [stats.budgetLeftFen != null ? yuan(stats.budgetLeftFen) : null, stats.usesLeft != null ? s.usesLeft(stats.usesLeft) : null]
              .filter(Boolean)
              .join(' · ') || s.noBudget
          }
          testId="live-budget"
        />
      </div>
      <h2>{s.byStore}</h2>
      {stats.byStore.length ? <CostTable rows={stats.byStore} testId="live-stores" /> : <p className="muted">{s.noOrdersYet}</p>}
    </div>
  );
}
