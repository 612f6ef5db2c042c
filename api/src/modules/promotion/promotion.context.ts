// What the promotion module's resolver sees of a request: its services.
import type { RequestContext } from '../../common/context';
import type { CouponIssuance } from './issuance.service';
import type { FlashSaleService } from './flash-sale.service';
import type { GroupBuyService } from './group-buy.service';
import type { PromotionReportService } from './promotion-report.service';
import type { PromotionService } from './promotion.service';

export type Context = RequestContext<{
  promotion: PromotionService;
  promotionReport: PromotionReportService;
  couponIssuance: CouponIssuance;
  flashSale: FlashSaleService;
  groupBuy: GroupBuyService;
}>;
