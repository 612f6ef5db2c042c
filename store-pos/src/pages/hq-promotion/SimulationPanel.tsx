// Before launch: what the draft would have cost over the last 7 days (the API prices last week's paid checkouts again).
import type { HqPromotionSimulationQuery } from '../../generated/graphql';
import { hq } from '../../hq-strings';
import { yuan } from '../../lib/money';
import { clock, localDate } from '../../lib/time';
import { CostTable, Figure } from './CostTable';

const s = hq.promo;
const at = (iso: string) => `${localDate(new Date(iso))} ${clock(iso)}`;
type Simulation = Extract<HqPromotionSimulationQuery['simulatePromotion'], { __typename: 'PromotionSimulation' }>;

export function SimulationPanel({ sim, counterOnly }: { sim: Simulation; counterOnly: boolean }) {
  return (
    <div className="card promo-card" data-testid="simulation" aria-label={s.simulateTitle}>
      <h2>{s.simulateTitle}</h2>
      <p className="muted hq-note">
        {s.simRange(at(sim.from), at(sim.to))} · {s.simOrdersOf(sim.checkouts)}。{s.simulateHint}
      </p>
      {counterOnly && <p className="hq-notice">{s.simChannelNote}</p>}
      <div className="promo-figures">
        <Figure label={s.simQualified} value={String(sim.qualifiedOrders)} testId="sim-orders" />
        <Figure label={s.simDiscount} value={yuan(sim.discountFen)} testId="sim-discount" />
        <Figure label={s.simHq} value={yuan(sim.hqFen)} testId="sim-hq" />
        <Figure label={s.simStore} value={yuan(sim.storeFen)} testId="sim-store" />
      </div>
      {sim.byStore.length > 0 && <CostTable rows={sim.byStore} testId="sim-stores" />}
    </div>
  );
}
