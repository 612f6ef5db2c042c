// What the settlement module's resolvers see of a request: the services they call.
import type { RequestContext } from '../../common/context';
import type { ProfitSharingService } from './profit-sharing.service';
import type { RuleSetService } from './rule-set.service';
import type { SettlementService } from './settlement.service';

export type Context = RequestContext<{ profitSharing: ProfitSharingService; ruleSets: RuleSetService; settlement: SettlementService }>;
