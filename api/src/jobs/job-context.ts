// What a job processor gets: its own EntityManager fork and the app's shared parts.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../common/clock';
import type { Config } from '../common/config';
import type { Notifier } from '../modules/notify/notifier';
import type { StoreEventPublisher } from '../common/effects';
import type { StepListener } from '../common/order-step';
import type { PaymentProvider } from '../modules/payment/payment-provider';
import type { ProfitSharingProvider } from '../modules/settlement/profit-sharing-provider';
import type { ShippingInfoUploader } from '../modules/payment/shipping-info';
import type { Outbox } from './outbox';
import type { TransferProvider } from '../modules/referral/transfer-provider';
import type { Jobs } from '../common/queues';

export interface JobDeps {
  config: Config;
  clock: Clock;
  jobs: Jobs;
  /** Relays after-commit work written in transactions (jobs, store events) to Redis. */
  outbox: Outbox;
  publisher: StoreEventPublisher;
  payments: PaymentProvider;
  /** WeChat profit sharing (分账), beside payments: the PaymentProvider interface stays as it is. */
  profitSharing: ProfitSharingProvider;
  notifier: Notifier;
  /** 商家转账: pays promoters' commission withdrawals. */
  transfers: TransferProvider;
  /** Where shipping info goes when goods leave (WeChat, or a record in development and tests). */
  shippingInfo: ShippingInfoUploader;
  /** Modules that react to order steps inside their transaction (see order-steps.ts). */
  stepListeners: StepListener[];
}

export interface JobContext extends JobDeps {
  em: EntityManager;
}

/** Throws NotDueYet-compatible delay info when `due` is still ahead (bull retries exactly then). */
export function msUntil(due: Date, now: Date): number {
  return due.getTime() - now.getTime();
}
