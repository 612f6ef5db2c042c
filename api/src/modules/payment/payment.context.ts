// What the payment module's resolvers see of a request: the services they call.
import type { RequestContext } from '../../common/context';
import type { CounterRefundService } from './counter-refund.service';
import type { CounterSaleService } from './counter-sale.service';
import type { MembershipPurchaseService } from './membership-purchase.service';
import type { PaymentService } from './payment.service';

export type Context = RequestContext<{
  payment: PaymentService;
  counterSale: CounterSaleService;
  membershipPurchase: MembershipPurchaseService;
  counterRefund: CounterRefundService;
}>;
