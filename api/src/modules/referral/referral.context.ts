// What the referral resolver sees of a request: the referral service and the share codes.
import type { RequestContext } from '../../common/context';
import type { ReferralService } from './referral.service';
import type { ShareCodeService } from './share-code.service';

export type Context = RequestContext<{ referral: ReferralService; shareCodes: ShareCodeService }>;
