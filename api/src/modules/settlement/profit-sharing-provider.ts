// What profit sharing (分账) needs from the payment service, apart from PaymentProvider: split a paid
// transaction among receivers (amounts in fen, ≤ 50 receivers, unique out_order_no), ask for the result (it is
// asynchronous), release the rest, and pull money back from a receiver after a refund. WeChat Pay's APIv3
// and a Redis sandbox implement it (create-profit-sharing-provider.ts picks one); a chain-brand product
// (连锁品牌分账) would be a third.

export const MAX_RECEIVERS = 50;

export interface SplitReceiver {
  /** A merchant id added as a receiver beforehand (relation STORE). */
  account: string;
  amountFen: number;
  description: string;
}

export type ReceiverResult = 'PENDING' | 'SUCCESS' | 'CLOSED';

export interface SplitOutcome {
  state: 'PROCESSING' | 'FINISHED';
  providerOrderId: string;
  receivers: { account: string; amountFen: number; result: ReceiverResult; failReason?: string }[];
}

export interface ReturnOutcome {
  result: 'PROCESSING' | 'SUCCESS' | 'FAILED';
  failReason?: string;
}

export interface ProfitSharingProvider {
  /** Idempotent per outOrderNo. `unfreezeUnsplit` releases whatever this request does not split to the merchant. */
  requestSplit(req: {
    transactionId: string;
    outOrderNo: string;
    receivers: SplitReceiver[];
    unfreezeUnsplit: boolean;
  }): Promise<SplitOutcome>;
  querySplit(transactionId: string, outOrderNo: string): Promise<SplitOutcome>;
  /** Releases the transaction's unsplit rest to the merchant (when no split request carried unfreeze_unsplit). */
  unfreeze(req: { transactionId: string; outOrderNo: string; description: string }): Promise<SplitOutcome>;
  /** Pulls `amountFen` back from a receiver of a finished split; idempotent per outReturnNo. */
  requestReturn(req: {
    outOrderNo: string;
    outReturnNo: string;
    account: string;
    amountFen: number;
    description: string;
  }): Promise<ReturnOutcome>;
  queryReturn(outOrderNo: string, outReturnNo: string): Promise<ReturnOutcome>;
}
