// The parts an API process shares between requests and jobs: the job queue, pub/sub over Redis,
// the payment provider, the notifier, the shipping-info uploader, the order step listeners and pickup's parts. main.ts and the tests build one each.
import Bull from 'bull';
import { createPubSub } from '@graphql-yoga/subscription';
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Redis } from 'ioredis';
import type { PubSub } from 'type-graphql';
import type { Clock } from './common/clock';
import type { Config } from './common/config';
import type { JobDeps } from './jobs/job-context';
import { Outbox } from './jobs/outbox';
import { Jobs, queueSettings } from './common/queues';
import { startWorker } from './jobs/worker';
import { DeadlineSweeper } from './jobs/deadline-sweeper';
import { DatabaseHandle } from './common/database-handle';
import { bullConnections, redisClient } from './common/redis-connection';
import { channelNamespace } from './common/pubsub-namespace';
import { SubscribeMessageNotifier } from './modules/notify/notifier';
import { createSubscribeSender } from './modules/notify/subscribe-message';
import { PubSubStorePublisher } from './modules/order/store-events';
import { PriceBook } from './modules/order/price-book';
import { StoreBook } from './modules/routing/store-book';
import { CampaignBook } from './modules/promotion/campaign-book';
import { LevelBook } from './modules/member/level-book';
import { GrowthListener } from './modules/member/growth';
import { createPaymentProvider } from './modules/payment/create-payment-provider';
import { SettlementStepListener } from './modules/settlement/ledger';
import { createProfitSharingProvider } from './modules/settlement/create-profit-sharing-provider';
import { afterLedgerPosting } from './modules/settlement/profit-sharing.service';
import { createShippingInfoUploader, shippingInfoListener } from './modules/payment/shipping-info';
import { PickupCodes } from './modules/pickup/pickup-codes';
import { PickupAttemptLimiter } from './modules/pickup/pickup-limiter';
import { PointsListener } from './modules/points/points';
import { createTransferProvider } from './modules/referral/create-transfer-provider';
import { createWxacodeProvider } from './modules/referral/create-wxacode-provider';
import type { WxacodeProvider } from './modules/referral/wxacode-provider';
import { ReferralStepListener } from './modules/referral/referral-listener';
import { StaffAuthLimits } from './modules/auth/auth-limits';
import { StaffSecrets } from './modules/auth/secrets';
import { SessionGuard } from './modules/auth/session-guard';
import { PickupSlotListener } from './modules/slots/slots.service';
import { ShopperEventsListener } from './modules/order/shopper-events';
import { deriveMemberSealKey } from './modules/member/member-code';
import { FlashGate } from './modules/promotion/flash-gate';
import { PlacedKeys } from './modules/order/placed-keys';

export interface Runtime extends JobDeps {
  queue: Bull.Queue;
  pubSub: PubSub;
  /** Prices and store terms as this process last read them (checkout re-checks them when it writes). */
  priceBook: PriceBook;
  /** Every store's routing facts, for the checkout's guess at its store (routing/store-book.ts). */
  storeBook: StoreBook;
  /** Live 满减 campaigns, as the checkout reads them (modules/promotion/campaign-book.ts). */
  campaignBook: CampaignBook;
  /** Turns flash-sale buyers away early once PostgreSQL has said sold out (modules/promotion/flash-gate.ts). */
  flashGate: FlashGate;
  /** Batches the door's "is this a retry of a placed checkout?" reads (modules/order/placed-keys.ts). */
  placedKeys: PlacedKeys;
  /** The member levels, as the checkout reads them (modules/member/level-book.ts). */
  levelBook: LevelBook;
  pickupCodes: PickupCodes;
  pickupLimiter: PickupAttemptLimiter;
  /** Staff sessions' revocation markers, sign-in and PIN limits, PIN and device-token keys. */
  sessions: SessionGuard;
  staffLimits: StaffAuthLimits;
  staffSecrets: StaffSecrets;
  /** Shoppers' short-lived member codes (一客一码). */
  /** Seals shoppers' member-code secrets (AES-256-GCM), derived once from MEMBER_CODE_SECRET. */
  memberSealKey: Buffer;
  /** Promoters' mini-program codes (小程序码), cached in Redis. */
  wxacodes: WxacodeProvider;
  /** The database for the parts that keep security state beyond Redis; createApp attaches it. */
  database: DatabaseHandle;
  /** Starts this process's job workers (after checking every job name has a processor). */
  startJobs(orm: MikroORM): Promise<void>;
  close(): Promise<void>;
}

export async function createRuntime(config: Config, redis: Redis, clock: Clock): Promise<Runtime> {
  // The queue's keys carry the prefix as a hash tag: one slot per queue on Redis Cluster.
  const bull = bullConnections(config.redis, config.queuePrefix);
  const queue =
    config.redis.mode === 'single'
      ? new Bull('linli', config.redis.url, { ...bull.options, settings: queueSettings })
      : new Bull('linli', { ...bull.options, settings: queueSettings });
  // The same Redis as the queue's, so jobs and events reach the same place (and fail together).
  // No auto-pipelining here: with it, a shopper's page missed a live step (docs/performance.md, third round).
  const publishClient = redisClient(config.redis, { maxRetriesPerRequest: 2 });
  const subscribeClient = redisClient(config.redis, { maxRetriesPerRequest: 2 });
  // ioredis reconnects by itself; a failed publish is the outbox's to retry, so a lost connection is only noted.
  for (const client of [publishClient, subscribeClient]) client.on('error', (err: Error) => noteRedisError(err));
  const channels = channelNamespace(config.pubSubNamespace);
  const eventTarget = channels.eventTarget(createRedisEventTarget({ publishClient, subscribeClient }));
  const pubSub = createPubSub({ eventTarget }) as unknown as PubSub;
  const jobs = new Jobs(queue, () => clock.now());
  // The relay's events of one batch in one pipeline: one write for all of them, in order (the client's own
  // auto-pipelining stays off, see above).
  const outbox = new Outbox(jobs, async (messages) => {
    const pipeline = publishClient.pipeline();
    for (const m of messages) pipeline.publish(channels.channel(m.channel), m.message);
    const answers = await pipeline.exec();
    return messages.map((_, i) => answers?.[i]?.[0] ?? (answers ? null : new Error('the publish pipeline was not run')));
  });
  const pickupCodes = new PickupCodes(config.pickup);
  const deps: JobDeps = {
    config,
    clock,
    jobs,
    outbox,
    publisher: new PubSubStorePublisher(pubSub),
    payments: await createPaymentProvider(config, redis, clock),
    profitSharing: createProfitSharingProvider(config, redis, clock),
    transfers: createTransferProvider(config, redis, clock),
    notifier: new SubscribeMessageNotifier(createSubscribeSender(config), config),
    shippingInfo: createShippingInfoUploader(config),
    // Inside each order step's transaction, in order: the pickup code's life, the ledger's postings (and the
    // profit-sharing jobs they start), points, then the shipping-info upload queued for after commit.
    stepListeners: [
      pickupCodes,
      new SettlementStepListener(config, (tx, orderId, eventKey, effects, posted) =>
        afterLedgerPosting(tx, orderId, eventKey, effects, clock.now(), posted),
      ),
      new PointsListener(),
      // After points: an order's points are multiplied by the level the shopper had before it.
      new GrowthListener(),
      // Referral commission: accrues at payment, books refunds back exactly (rows of the order, under its lock).
      new ReferralStepListener(),
      shippingInfoListener,
      // Last: it only gives back or moves a pickup slot's place (the slot counter is the last lock a step takes).
      new PickupSlotListener(),
      // Only queues the shopper's live event for after commit.
      new ShopperEventsListener(),
    ],
  };
  let sweeper: DeadlineSweeper | null = null;
  const database = new DatabaseHandle();
  return {
    ...deps,
    queue,
    database,
    pubSub,
    priceBook: new PriceBook(),
    storeBook: new StoreBook(),
    campaignBook: new CampaignBook(),
    flashGate: new FlashGate(redis, config.queuePrefix),
    placedKeys: new PlacedKeys(),
    levelBook: new LevelBook(),
    pickupCodes,
    pickupLimiter: new PickupAttemptLimiter(redis, config.queuePrefix, config.pickup, clock, database),
    sessions: new SessionGuard(redis, config.queuePrefix, clock),
    staffLimits: new StaffAuthLimits(redis, config.queuePrefix, config.staffAuth, clock, database),
    staffSecrets: new StaffSecrets(config.authSecret),
    memberSealKey: deriveMemberSealKey(config.memberCodeSecret),
    wxacodes: createWxacodeProvider(config, redis),
    async startJobs(orm) {
      const context = () => ({ ...deps, em: orm.em.fork() as EntityManager });
      await startWorker(queue, context);
      // PostgreSQL's deadlines, found by this process's own timer whatever Redis holds.
      sweeper = new DeadlineSweeper(queue, context, config.deadlineSweepMs);
      sweeper.start();
    },
    async close() {
      await sweeper?.close();
      await outbox.close();
      await queue.close();
      bull.close();
      publishClient.disconnect();
      subscribeClient.disconnect();
    },
  };
}

let lastRedisError = '';
/** Logs a Redis connection error once, not on every reconnect attempt. */
function noteRedisError(err: Error): void {
  if (err.message === lastRedisError) return;
  lastRedisError = err.message;
  console.warn('[redis] pub/sub connection:', err.message);
}
