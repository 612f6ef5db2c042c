// Every setting the API reads from the environment, validated once and typed.
import { DEFAULT_SQL_POOL, type SqlPoolLimits } from './sql-pool';
import type { AnonymousAdmission } from './load-shedding';
import { parseClusterNodes, type RedisTopology } from './redis-connection';
import { DEFAULT_READ_REPLICA, type ReadReplicaLimits } from './read-replica';
export type LoginProvider = 'dev' | 'wechat';
export type PaymentProviderName = 'sandbox' | 'wechatpay';

/** Merchant settings for the real WeChat Pay provider; keys are read from files, never from the environment. */
export interface WechatPayConfig {
  mchId: string;
  appId: string;
  /** Serial number of the merchant API certificate the private key belongs to. */
  serialNo: string;
  privateKeyPath: string;
  apiV3Key: string;
  /** WeChat Pay public key and its id (PUB_KEY_ID_...), and/or platform certificates: both during a migration. */
  publicKeyId?: string;
  publicKeyPath?: string;
  platformCertPaths: string[];
}

export interface Config {
  env: 'development' | 'test' | 'production';
  port: number;
  databaseUrl: string;
  redisUrl: string;
  /** A streaming replica for reads that may be a few seconds old (READ_DATABASE_URL); none by default. */
  readDatabaseUrl?: string;
  /** Its lag limit and how often the lag is measured (common/read-replica.ts). */
  readReplica: ReadReplicaLimits;
  /** One Redis (REDIS_URL) or a Redis Cluster (REDIS_CLUSTER_NODES); docs/scale.md. */
  redis: RedisTopology;
  /**
   * What this deployment's pub/sub channels start with (PUBSUB_NAMESPACE; by default the queue prefix): deployments
   * sharing a Redis never hear each other's live events.
   */
  pubSubNamespace: string;
  authSecret: string;
  tokenTtlSeconds: number;
  loginProvider: LoginProvider;
  wechatAppId?: string;
  wechatAppSecret?: string;
  /** Upper bound on how far any store reaches: zones are validated against it and routing never looks further. */
  maxZoneReachM: number;
  /** How far a shopper may be from a pickup store for it to be offered. */
  pickupSearchRadiusM: number;
  /** Base URL WeChat Pay reaches us at (notify_url); HTTPS and public in production. */
  publicUrl: string;
  paymentProvider: PaymentProviderName;
  wechatPay?: WechatPayConfig;
  /** Unpaid checkouts are cancelled after this; WeChat asks not to close an order within 5 minutes of creating it. */
  paymentTimeoutMin: number;
  /** A paid order its store has not accepted by then goes to the next store. */
  acceptTimeoutMin: number;
  /** How long a pickup order waits at the store after payment (or after its scheduled time). */
  pickupHoldHours: number;
  /** What happens to uncollected pickup orders at the deadline: refund and restock, or keep waiting for the store to decide. */
  pickupExpiryPolicy: 'REFUND' | 'KEEP';
  /** Handed-over orders the shopper does not confirm complete on their own after this. */
  autoCompleteHours: number;
  /** Whether this process runs the job workers (several API processes may share the work, or leave it to one). */
  runJobs: boolean;
  /** Redis key prefix of the job queue. */
  queuePrefix: string;
  /** The payment provider's fee on what is received, in basis points (WeChat Pay: typically 60 = 0.6 %); splits are of the net. */
  paymentFeeBp: number;
  /** Most the stores together may get of an order, in basis points: the merchant's WeChat profit-sharing cap (ordinary merchants 30 %). */
  profitSharingMaxBp: number;
  /** How often a profit-sharing split or return still PROCESSING at WeChat is asked about again; failed calls back off from it. */
  profitSharingPollMs: number;
  /**
   * How often the jobs process looks in PostgreSQL for deadlines passed (payment windows, accept and pickup
   * deadlines) and work left behind, whatever Redis still holds; and how long past a deadline it leaves the job first.
   */
  deadlineSweepMs: number;
  deadlineGraceMs: number;
  /** How far ahead a payment window must still end for payCheckout (WeChat: time_expire at least a minute ahead). */
  paymentMinAheadMs: number;
  /**
   * A counter payment code whose answer is open (the shopper typing a password, a timeout): asked about this often,
   * this many times (WeChat: about every 5 s for about 30 s), then reversed (撤销), retried as often.
   */
  counterCodePoll: { intervalMs: number; tries: number };
  pickup: PickupConfig;
  /** The key that seals shoppers' member-code (TOTP) secrets at rest is derived from this. */
  memberCodeSecret: string;
  staffAuth: StaffAuthConfig;
  /** Express's "trust proxy": which hops' X-Forwarded-For to believe for the caller's address (sign-in limits). */
  trustProxy: string | number | boolean;
  /** Where shipping info goes at hand-over: WeChat's upload_shipping_info, or only our own record. */
  shippingInfoUploader: 'recording' | 'wechat';
  /** Promoters' mini-program codes: WeChat's getwxacodeunlimit, or a sandbox drawing a QR of the H5 link. */
  wxacodeProvider: 'sandbox' | 'wechat';
  /** Which build a mini-program code opens: release (its page must be published), trial or develop. */
  wxacodeEnvVersion: 'release' | 'trial' | 'develop';
  /** The chain's own time zone: the dashboard's days and hours of the day are counted in it. */
  chainTimeZone: string;
  /** How old the dashboard's figures may be before a read refreshes them first. */
  dashboardMaxAgeSec: number;
  shop: ShopConfig;
  /** The hand-written SQL's connections and their queues (common/sql-pool.ts, docs/api.md "Load shedding"). */
  sqlPool: SqlPoolLimits;
  /** Anonymous reads processed at once, waiting, and how long (common/load-shedding.ts). */
  anonymousReads: AnonymousAdmission;
  /** Routings (routeCart, availability, nearbyStores) an anonymous client (by address) may ask for per window. */
  anonymousRouting: { limit: number; windowSec: number };
  pictures: PictureStorageConfig;
}

/** Where product pictures live: a folder on this machine (the default), or an S3-compatible bucket. */
export type PictureStorageConfig =
  | { driver: 'disk'; dir: string }
  | {
      driver: 's3';
      bucket: string;
      endpoint?: string;
      region: string;
      accessKeyId?: string;
      secretAccessKey?: string;
      forcePathStyle: boolean;
    };

/** What the shoppers' app needs beyond ordering: stock levels, pickup slots, after-sales, subscribe messages. */
export interface ShopConfig {
  /** At most this many available at a store reads as LOW ("few left"). */
  lowStockThreshold: number;
  /** Length of a pickup slot in minutes; slots start on the hour and at multiples of it. */
  pickupSlotMinutes: number;
  /** A slot can be chosen until this many minutes before it starts. */
  pickupSlotLeadMin: number;
  /** How many days ahead (the store's today included) slots are offered. */
  pickupSlotDays: number;
  /** A handed-over order can get an after-sales request for this many days. */
  afterSaleDays: number;
  /** `wechat` sends subscribe messages through subscribeMessage.send; `recording` only records them. */
  subscribeSender: 'recording' | 'wechat';
  /** WeChat template ids the mini-program asks the shopper to accept, per message kind. */
  subscribeTemplateIds: { ORDER_READY: string; OUT_FOR_DELIVERY: string; ORDER_REFUNDED: string; COUPON_EXPIRING: string };
}

/** Pickup codes and the limits on guessing them (see README, "Pickup verification"). */
export interface PickupConfig {
  /** Keys for the code hash, the sealed code and the QR signature are derived from this. */
  secret: string;
  codeDigits: number;
  /** Failed attempts allowed per clerk, and per store, within the sliding window before a lockout. */
  clerkMaxFailures: number;
  storeMaxFailures: number;
  failureWindowSec: number;
  lockoutSec: number;
}

/** Staff sessions and the limits on guessing passwords and PINs (see docs/security.md). */
export interface StaffAuthConfig {
  /** A staff session lasts a working day; shoppers' sessions keep TOKEN_TTL_SECONDS. */
  tokenTtlSeconds: number;
  loginMaxFailuresPerUser: number;
  loginMaxFailuresPerSource: number;
  pinMaxFailuresPerStaff: number;
  pinMaxFailuresPerDevice: number;
  failureWindowSec: number;
  lockoutSec: number;
}

const DEV_SECRET = 'linli-dev-secret-change-me-0123456789abcdef';

function int(name: string, fallback: number, env: NodeJS.ProcessEnv): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return value;
}

function positive(name: string, fallback: number, env: NodeJS.ProcessEnv): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, got "${raw}"`);
  return value;
}

function basisPoints(name: string, fallback: number, env: NodeJS.ProcessEnv): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 10_000)
    throw new Error(`${name} must be whole basis points from 0 to 10000, got "${raw}"`);
  return value;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const mode = env.NODE_ENV === 'production' ? 'production' : env.NODE_ENV === 'test' ? 'test' : 'development';
  const authSecret = env.AUTH_SECRET ?? (mode === 'production' ? '' : DEV_SECRET);
  if (authSecret.length < 32) throw new Error('AUTH_SECRET must be set to at least 32 characters');
  const loginProvider = (env.WECHAT_LOGIN_PROVIDER ?? (mode === 'production' ? 'wechat' : 'dev')) as LoginProvider;
  if (loginProvider !== 'dev' && loginProvider !== 'wechat') {
    throw new Error(`WECHAT_LOGIN_PROVIDER must be "dev" or "wechat", got "${loginProvider}"`);
  }
  if (loginProvider === 'wechat' && (!env.WECHAT_APP_ID || !env.WECHAT_APP_SECRET)) {
    throw new Error('WECHAT_APP_ID and WECHAT_APP_SECRET are required with WECHAT_LOGIN_PROVIDER=wechat');
  }
  if (mode === 'production' && loginProvider === 'dev') throw new Error('the dev login provider is not allowed in production');
  const port = int('PORT', 4000, env);
  const paymentProvider = (env.PAYMENT_PROVIDER ?? (mode === 'production' ? 'wechatpay' : 'sandbox')) as PaymentProviderName;
  if (paymentProvider !== 'sandbox' && paymentProvider !== 'wechatpay') {
    throw new Error(`PAYMENT_PROVIDER must be "sandbox" or "wechatpay", got "${paymentProvider}"`);
  }
  if (mode === 'production' && paymentProvider === 'sandbox') throw new Error('the sandbox payment provider is not allowed in production');
  // Tests may name fractions of a minute (deadlines due in seconds); a real deployment keeps WeChat's five minutes.
  const minutes = (name: string, fallback: number) => (mode === 'test' ? positive(name, fallback, env) : int(name, fallback, env));
  const paymentTimeoutMin = minutes('PAYMENT_TIMEOUT_MIN', 15);
  if (paymentTimeoutMin < 5 && mode !== 'test')
    throw new Error('PAYMENT_TIMEOUT_MIN must be at least 5 (WeChat Pay: do not close an order sooner)');
  const pickupExpiryPolicy = (env.PICKUP_EXPIRY_POLICY ?? 'REFUND').toUpperCase();
  if (pickupExpiryPolicy !== 'REFUND' && pickupExpiryPolicy !== 'KEEP') throw new Error('PICKUP_EXPIRY_POLICY must be REFUND or KEEP');
  const codeDigits = int('PICKUP_CODE_DIGITS', 10, env);
  if (codeDigits < 8 || codeDigits > 12) throw new Error('PICKUP_CODE_DIGITS must be between 8 and 12');
  const pickupSecret = env.PICKUP_SECRET ?? `pickup:${authSecret}`;
  if (pickupSecret.length < 32) throw new Error('PICKUP_SECRET must be at least 32 characters');
  const memberCodeSecret = env.MEMBER_CODE_SECRET ?? `member:${authSecret}`;
  if (memberCodeSecret.length < 32) throw new Error('MEMBER_CODE_SECRET must be at least 32 characters');
  const shippingInfoUploader = (env.SHIPPING_INFO_UPLOADER ??
    (mode === 'production' ? 'wechat' : 'recording')) as Config['shippingInfoUploader'];
  if (shippingInfoUploader !== 'recording' && shippingInfoUploader !== 'wechat')
    throw new Error('SHIPPING_INFO_UPLOADER must be "recording" or "wechat"');
  if (shippingInfoUploader === 'wechat' && (!env.WECHAT_APP_ID || !env.WECHAT_APP_SECRET)) {
    throw new Error('SHIPPING_INFO_UPLOADER=wechat needs WECHAT_APP_ID and WECHAT_APP_SECRET (for the access token)');
  }
  const wxacodeProvider = (env.WXACODE_PROVIDER ?? (mode === 'production' ? 'wechat' : 'sandbox')) as Config['wxacodeProvider'];
  if (wxacodeProvider !== 'sandbox' && wxacodeProvider !== 'wechat') throw new Error('WXACODE_PROVIDER must be "sandbox" or "wechat"');
  if (wxacodeProvider === 'wechat' && (!env.WECHAT_APP_ID || !env.WECHAT_APP_SECRET)) {
    throw new Error('WXACODE_PROVIDER=wechat needs WECHAT_APP_ID and WECHAT_APP_SECRET (for the access token)');
  }
  const wxacodeEnvVersion = (env.WXACODE_ENV_VERSION ?? 'release') as Config['wxacodeEnvVersion'];
  if (!['release', 'trial', 'develop'].includes(wxacodeEnvVersion))
    throw new Error('WXACODE_ENV_VERSION must be release, trial or develop');
  const subscribeSender = (env.SUBSCRIBE_MESSAGE_SENDER ??
    (mode === 'production' ? 'wechat' : 'recording')) as ShopConfig['subscribeSender'];
  if (subscribeSender !== 'recording' && subscribeSender !== 'wechat')
    throw new Error('SUBSCRIBE_MESSAGE_SENDER must be "recording" or "wechat"');
  if (subscribeSender === 'wechat' && (!env.WECHAT_APP_ID || !env.WECHAT_APP_SECRET)) {
    throw new Error('SUBSCRIBE_MESSAGE_SENDER=wechat needs WECHAT_APP_ID and WECHAT_APP_SECRET (for the access token)');
  }
  if (subscribeSender === 'wechat') {
    const missing = [
      'WECHAT_TEMPLATE_ORDER_READY',
      'WECHAT_TEMPLATE_OUT_FOR_DELIVERY',
      'WECHAT_TEMPLATE_ORDER_REFUNDED',
      'WECHAT_TEMPLATE_COUPON_EXPIRING',
    ].filter((k) => !env[k]);
    if (missing.length) throw new Error(`SUBSCRIBE_MESSAGE_SENDER=wechat needs the template ids ${missing.join(', ')}`);
  }
  const pickupSlotMinutes = int('PICKUP_SLOT_MINUTES', 30, env);
  if (pickupSlotMinutes < 5 || pickupSlotMinutes > 240 || 1440 % pickupSlotMinutes !== 0) {
    throw new Error('PICKUP_SLOT_MINUTES must divide a day and lie between 5 and 240');
  }
  const redisUrl = env.REDIS_URL ?? 'redis://127.0.0.1:6379/0';
  const queuePrefix = env.QUEUE_PREFIX ?? 'linli';
  // Braces would end the hash tags the prefix is wrapped in (redis-connection.ts).
  if (/[{}]/.test(queuePrefix)) throw new Error(`QUEUE_PREFIX must not contain braces, got "${queuePrefix}"`);
  return {
    env: mode,
    port,
    databaseUrl: env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/linli',
    redisUrl,
    readDatabaseUrl: env.READ_DATABASE_URL || undefined,
    readReplica: {
      maxLagMs: int('READ_REPLICA_MAX_LAG_MS', DEFAULT_READ_REPLICA.maxLagMs, env),
      checkMs: int('READ_REPLICA_CHECK_MS', DEFAULT_READ_REPLICA.checkMs, env),
    },
    redis: env.REDIS_CLUSTER_NODES
      ? { mode: 'cluster', nodes: parseClusterNodes(env.REDIS_CLUSTER_NODES) }
      : { mode: 'single', url: redisUrl },
    pubSubNamespace: env.PUBSUB_NAMESPACE || queuePrefix,
    authSecret,
    tokenTtlSeconds: int('TOKEN_TTL_SECONDS', 7 * 24 * 3600, env),
    loginProvider,
    wechatAppId: env.WECHAT_APP_ID,
    wechatAppSecret: env.WECHAT_APP_SECRET,
    maxZoneReachM: int('MAX_ZONE_REACH_M', 20_000, env),
    pickupSearchRadiusM: int('PICKUP_SEARCH_RADIUS_M', 10_000, env),
    publicUrl: (env.PUBLIC_URL ?? `http://127.0.0.1:${port}`).replace(/\/$/, ''),
    paymentProvider,
    wechatPay: paymentProvider === 'wechatpay' ? wechatPayConfig(env) : undefined,
    paymentTimeoutMin,
    acceptTimeoutMin: minutes('ACCEPT_TIMEOUT_MIN', 10),
    pickupHoldHours: int('PICKUP_HOLD_HOURS', 24, env),
    pickupExpiryPolicy,
    autoCompleteHours: int('AUTO_COMPLETE_HOURS', 72, env),
    runJobs: (env.RUN_JOBS ?? 'true') !== 'false',
    queuePrefix,
    paymentFeeBp: basisPoints('PAYMENT_FEE_BP', 0, env),
    profitSharingMaxBp: basisPoints('PROFIT_SHARING_MAX_BP', 3000, env),
    profitSharingPollMs: int('PROFIT_SHARING_POLL_MS', 60_000, env),
    deadlineSweepMs: int('DEADLINE_SWEEP_MS', 30_000, env),
    deadlineGraceMs: int('DEADLINE_GRACE_MS', 30_000, env),
    // Tests with windows of seconds keep a quarter of theirs.
    paymentMinAheadMs: mode === 'test' ? Math.min(60_000, paymentTimeoutMin * 15_000) : 60_000,
    counterCodePoll: {
      intervalMs: int('COUNTER_CODE_POLL_MS', mode === 'test' ? 20 : 5_000, env),
      tries: int('COUNTER_CODE_POLL_TRIES', 6, env),
    },
    memberCodeSecret,
    pickup: {
      secret: pickupSecret,
      codeDigits,
      clerkMaxFailures: int('PICKUP_CLERK_MAX_FAILURES', 5, env),
      storeMaxFailures: int('PICKUP_STORE_MAX_FAILURES', 20, env),
      failureWindowSec: int('PICKUP_FAILURE_WINDOW_SEC', 600, env),
      lockoutSec: int('PICKUP_LOCKOUT_SEC', 900, env),
    },
    staffAuth: {
      tokenTtlSeconds: int('STAFF_TOKEN_TTL_SECONDS', 12 * 3600, env),
      loginMaxFailuresPerUser: int('STAFF_LOGIN_MAX_FAILURES', 5, env),
      loginMaxFailuresPerSource: int('STAFF_LOGIN_SOURCE_MAX_FAILURES', 20, env),
      pinMaxFailuresPerStaff: int('PIN_MAX_FAILURES', 5, env),
      pinMaxFailuresPerDevice: int('PIN_DEVICE_MAX_FAILURES', 10, env),
      failureWindowSec: int('STAFF_FAILURE_WINDOW_SEC', 900, env),
      lockoutSec: int('STAFF_LOCKOUT_SEC', 900, env),
    },
    trustProxy: trustProxy(env.TRUST_PROXY),
    shippingInfoUploader,
    wxacodeProvider,
    wxacodeEnvVersion,
    chainTimeZone: timeZone(env.CHAIN_TIME_ZONE ?? 'Asia/Shanghai'),
    dashboardMaxAgeSec: int('DASHBOARD_MAX_AGE_SEC', 60, env),
    sqlPool: {
      max: int('SQL_POOL_MAX', DEFAULT_SQL_POOL.max, env),
      lowMax: int('SQL_POOL_ANONYMOUS_MAX', DEFAULT_SQL_POOL.lowMax, env),
      lowQueue: int('SQL_POOL_ANONYMOUS_QUEUE', DEFAULT_SQL_POOL.lowQueue, env),
      lowWaitMs: int('SQL_POOL_ANONYMOUS_WAIT_MS', DEFAULT_SQL_POOL.lowWaitMs, env),
      highQueue: int('SQL_POOL_QUEUE', DEFAULT_SQL_POOL.highQueue, env),
      singleMax: int('SQL_POOL_STATEMENTS', DEFAULT_SQL_POOL.singleMax, env),
      singleStallMs: int('SQL_POOL_STATEMENT_STALL_MS', DEFAULT_SQL_POOL.singleStallMs, env),
    },
    anonymousReads: {
      max: int('ANONYMOUS_READS_MAX', 1, env),
      queue: int('ANONYMOUS_READS_QUEUE', 50, env),
      waitMs: int('ANONYMOUS_READS_WAIT_MS', 2000, env),
    },
    anonymousRouting: {
      limit: int('ANONYMOUS_ROUTING_LIMIT', 30, env),
      windowSec: int('ANONYMOUS_ROUTING_WINDOW_SEC', 10, env),
    },
    shop: {
      lowStockThreshold: int('LOW_STOCK_THRESHOLD', 5, env),
      pickupSlotMinutes,
      pickupSlotLeadMin: int('PICKUP_SLOT_LEAD_MIN', 20, env),
      pickupSlotDays: int('PICKUP_SLOT_DAYS', 3, env),
      afterSaleDays: int('AFTER_SALE_DAYS', 7, env),
      subscribeSender,
      // Placeholders in development: the recording sender never shows them to WeChat.
      subscribeTemplateIds: {
        ORDER_READY: env.WECHAT_TEMPLATE_ORDER_READY ?? 'dev-template-order-ready',
        OUT_FOR_DELIVERY: env.WECHAT_TEMPLATE_OUT_FOR_DELIVERY ?? 'dev-template-out-for-delivery',
        ORDER_REFUNDED: env.WECHAT_TEMPLATE_ORDER_REFUNDED ?? 'dev-template-order-refunded',
        COUPON_EXPIRING: env.WECHAT_TEMPLATE_COUPON_EXPIRING ?? 'dev-template-coupon-expiring',
      },
    },
    pictures: pictureStorage(env),
  };
}

function pictureStorage(env: NodeJS.ProcessEnv): PictureStorageConfig {
  const driver = env.PICTURE_STORAGE ?? 'disk';
  if (driver === 'disk') return { driver, dir: env.PICTURE_DIR ?? 'data/pictures' };
  if (driver !== 's3') throw new Error(`PICTURE_STORAGE must be disk or s3, not "${driver}"`);
  if (!env.PICTURE_S3_BUCKET) throw new Error('PICTURE_STORAGE=s3 needs PICTURE_S3_BUCKET');
  return {
    driver,
    bucket: env.PICTURE_S3_BUCKET,
    endpoint: env.PICTURE_S3_ENDPOINT,
    region: env.PICTURE_S3_REGION ?? 'us-east-1',
    accessKeyId: env.PICTURE_S3_ACCESS_KEY_ID,
    secretAccessKey: env.PICTURE_S3_SECRET_ACCESS_KEY,
    // MinIO, s3rver and most self-hosted stores want the bucket in the path, not the host name.
    forcePathStyle: (env.PICTURE_S3_PATH_STYLE ?? (env.PICTURE_S3_ENDPOINT ? 'true' : 'false')) === 'true',
  };
}

function timeZone(name: string): string {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
  } catch {
    throw new Error(`CHAIN_TIME_ZONE must be an IANA time zone such as Asia/Shanghai, not "${name}"`);
  }
  return name;
}

/** TRUST_PROXY: unset or "false" (the socket's address), "true", a hop count, or Express's list of addresses/subnets. */
function trustProxy(raw: string | undefined): string | number | boolean {
  if (raw === undefined || raw === '' || raw === 'false') return false;
  if (raw === 'true') return true;
  return /^\d+$/.test(raw) ? Number(raw) : raw;
}

function wechatPayConfig(env: NodeJS.ProcessEnv): WechatPayConfig {
  const need = ['WECHATPAY_MCH_ID', 'WECHATPAY_APP_ID', 'WECHATPAY_SERIAL_NO', 'WECHATPAY_PRIVATE_KEY_PATH', 'WECHATPAY_APIV3_KEY'];
  const missing = need.filter((k) => !env[k]);
  if (missing.length) throw new Error(`PAYMENT_PROVIDER=wechatpay needs ${missing.join(', ')}`);
  if (Buffer.byteLength(env.WECHATPAY_APIV3_KEY!) !== 32) throw new Error('WECHATPAY_APIV3_KEY must be the 32-byte APIv3 key');
  const platformCertPaths = (env.WECHATPAY_PLATFORM_CERT_PATHS ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  if (!env.WECHATPAY_PUBLIC_KEY_PATH && platformCertPaths.length === 0) {
    throw new Error(
      'PAYMENT_PROVIDER=wechatpay needs WECHATPAY_PUBLIC_KEY_ID + WECHATPAY_PUBLIC_KEY_PATH or WECHATPAY_PLATFORM_CERT_PATHS',
    );
  }
  if (env.WECHATPAY_PUBLIC_KEY_PATH && !env.WECHATPAY_PUBLIC_KEY_ID?.startsWith('PUB_KEY_ID_')) {
    throw new Error('WECHATPAY_PUBLIC_KEY_ID must be the PUB_KEY_ID_... that goes with WECHATPAY_PUBLIC_KEY_PATH');
  }
  return {
    mchId: env.WECHATPAY_MCH_ID!,
    appId: env.WECHATPAY_APP_ID!,
    serialNo: env.WECHATPAY_SERIAL_NO!,
    privateKeyPath: env.WECHATPAY_PRIVATE_KEY_PATH!,
    apiV3Key: env.WECHATPAY_APIV3_KEY!,
    publicKeyId: env.WECHATPAY_PUBLIC_KEY_ID,
    publicKeyPath: env.WECHATPAY_PUBLIC_KEY_PATH,
    platformCertPaths,
  };
}
