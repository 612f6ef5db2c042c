// Every setting the API reads from the environment, validated once and typed.
export type LoginProvider = 'dev' | 'wechat';

export interface Config {
  env: 'development' | 'test' | 'production';
  port: number;
  databaseUrl: string;
  redisUrl: string;
  authSecret: string;
  tokenTtlSeconds: number;
  loginProvider: LoginProvider;
  wechatAppId?: string;
  wechatAppSecret?: string;
  /** Upper bound on how far any store reaches: zones are validated against it and routing never looks further. */
  maxZoneReachM: number;
  /** How far a shopper may be from a pickup store for it to be offered. */
  pickupSearchRadiusM: number;
}

const DEV_SECRET = 'linli-dev-secret-change-me-0123456789abcdef';

function int(name: string, fallback: number, env: NodeJS.ProcessEnv): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer, got "${raw}"`);
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
  return {
    env: mode,
    port: int('PORT', 4000, env),
    databaseUrl: env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/linli',
    redisUrl: env.REDIS_URL ?? 'redis://127.0.0.1:6379/0',
    authSecret,
    tokenTtlSeconds: int('TOKEN_TTL_SECONDS', 7 * 24 * 3600, env),
    loginProvider,
    wechatAppId: env.WECHAT_APP_ID,
    wechatAppSecret: env.WECHAT_APP_SECRET,
    maxZoneReachM: int('MAX_ZONE_REACH_M', 20_000, env),
    pickupSearchRadiusM: int('PICKUP_SEARCH_RADIUS_M', 10_000, env),
  };
}
