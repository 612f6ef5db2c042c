// What the referral resolver sees of a request: its one service.
import type { RequestContext } from '../../common/context';
import type { ReferralService } from './referral.service';

export type Context = RequestContext<{ referral: ReferralService }>;
