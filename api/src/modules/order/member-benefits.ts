// The seam where a member's benefits plug into pricing: the pipeline's line price rule stage (member price by
// category now; other per-line rules later). The counter sale asks it for the member it scanned; levels and their
// benefits (the member module) implement it and the edge passes that in. Until then no member has a line price.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Channel, PricingInput } from '../pricing/pricing.types';

export interface MemberBenefits {
  /** The member's line price rule at this store and moment, or undefined when they have none. */
  linePriceFor(
    em: EntityManager,
    member: { shopperId: string; storeId: string; channel: Channel; now: Date },
  ): Promise<PricingInput['linePrice']>;
}

export const NO_MEMBER_BENEFITS: MemberBenefits = { linePriceFor: async () => undefined };
