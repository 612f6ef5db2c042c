// What the promotion module's resolver sees of a request: its service.
import type { RequestContext } from '../../common/context';
import type { PromotionReportService } from './promotion-report.service';
import type { PromotionService } from './promotion.service';

export type Context = RequestContext<{ promotion: PromotionService; promotionReport: PromotionReportService }>;
