// Keeps a flood of anonymous reads from taking the database from signed-in shoppers (docs/api.md, "Load shedding"):
// anonymous queries wait behind other work for a connection (sql-pool.ts) and are refused first with a 503; anonymous
// routing is limited per client address in Redis (429).
import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler, Response } from 'express';
import { GraphQLError, getOperationAST, parse, type DocumentNode, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import type { Redis } from 'ioredis';
import type { RequestContext } from './context';
import { MAX_ROUTINGS, operationLoad } from './query-cost';
import { parseOptions } from './request-limits';
import { setSqlPriority } from './sql';
import { DatabaseBusyError } from './sql-pool';
import type { Viewer } from './viewer';

export interface AnonymousRoutingLimit {
  /** Routings one client address may ask for in a window. */
  limit: number;
  windowSec: number;
}

/**
 * How long the limit waits for Redis. Past it (or on an error) the request goes on: the limit fails open, because
 * routing is a read that shoppers need to browse, and a Redis outage must not take browsing down with it; the SQL
 * pool's anonymous queue still bounds what a flood can take from the database meanwhile.
 */
export const LIMIT_REDIS_TIMEOUT_MS = 100;

// A fixed window per address, opened by its first routing: counts them and answers the count and the window's ms left.
const COUNT = `
local n = redis.call('INCRBY', KEYS[1], ARGV[1])
if n == tonumber(ARGV[1]) then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return {n, redis.call('PTTL', KEYS[1])}`;

type Counting = Redis & { linliCountRoutings(key: string, n: number, windowMs: number): Promise<[number, number]> };

/** The answer for a refused request: its status, and when to come back. */
function refusal(code: string, message: string, status: number, retryAfterSeconds: number): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code, retryAfterSeconds, http: { status, headers: new Map([['retry-after', String(retryAfterSeconds)]]) } },
  });
}

export interface AnonymousAdmission {
  /** Anonymous reads processed at once (parsed, validated, run); a read costs CPU before it costs the database. */
  max: number;
  /** Anonymous reads waiting at the door; one more is refused at once (503). */
  queue: number;
  /** How long one waits before it is refused. */
  waitMs: number;
}

/**
 * Anonymous reads at the door, before Apollo parses, validates and runs them: at most `max` at once, `queue` more
 * waiting (a socket held open costs nothing), the rest answered 503 with Retry-After at once. Inside, their statements
 * still wait behind signed-in work for a connection (sql-pool.ts). Without this door, a flood that comes straight back
 * after each refusal kept the event loop busy validating and refusing it, in front of the signed-in requests it was
 * refused for. Signed-in requests and mutations pass (sign-in is anonymous and a write).
 */
export function anonymousReadsDoor(limits: AnonymousAdmission): RequestHandler {
  let inFlight = 0;
  const waiting: { admit: () => void; leave: () => void }[] = [];
  const release = () => {
    inFlight--;
    const next = waiting.shift();
    if (next) {
      next.leave();
      next.admit();
    }
  };
  return (req, res, next) => {
    if (req.headers.authorization || isMutation(req.body)) return next();
    const admit = () => {
      inFlight++;
      res.once('close', release);
      next();
    };
    if (inFlight < limits.max) return admit();
    if (waiting.length >= limits.queue) return refuseBusy(res);
    // Leaves the queue when refused for waiting too long, or when the client goes away first.
    const gone = () => {
      waiting.splice(waiting.indexOf(entry), 1);
      clearTimeout(timer);
    };
    const timer = setTimeout(() => {
      gone();
      res.off('close', gone);
      refuseBusy(res);
    }, limits.waitMs);
    const entry = {
      admit,
      leave: () => {
        clearTimeout(timer);
        res.off('close', gone);
      },
    };
    res.once('close', gone);
    waiting.push(entry);
  };
}

function isMutation(body: { query?: unknown; operationName?: unknown } | undefined): boolean {
  if (typeof body?.query !== 'string') return false;
  try {
    const name = typeof body.operationName === 'string' ? body.operationName : undefined;
    return getOperationAST(parse(body.query, parseOptions), name)?.operation === 'mutation';
  } catch {
    return false; // Apollo answers what it cannot parse
  }
}

function refuseBusy(res: Response): void {
  const busy = new DatabaseBusyError('low');
  res.setHeader('retry-after', String(busy.retryAfterSeconds));
  res.status(503).json({ errors: [busyAnswer(busy, undefined)] });
}

/** A field the pool refused, as the client sees it (the response is a 503 with Retry-After, set by the plugin below). */
export function busyAnswer(error: DatabaseBusyError, path: GraphQLFormattedError['path']): GraphQLFormattedError {
  return { message: error.message, path, extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: error.retryAfterSeconds } };
}

/**
 * Anonymous routing goes over HTTP only, where the limit counts it by client address (behind a proxy the socket's
 * own address is the proxy's). Nothing the apps send over the socket routes; a refusal for an anonymous operation
 * that would, undefined otherwise (unparseable documents are left to the transport).
 */
export function socketRoutingRefusal(
  schema: GraphQLSchema,
  payload: { query: string; operationName?: string | null; variables?: Record<string, unknown> | null },
  viewer: Viewer | undefined,
): GraphQLError | undefined {
  if (viewer?.role !== null) return undefined;
  let document: DocumentNode;
  try {
    document = parse(payload.query, parseOptions);
  } catch {
    return undefined;
  }
  if (operationLoad(schema, document, payload.operationName, payload.variables ?? {}).routings === 0) return undefined;
  return new GraphQLError('Routing without signing in goes over HTTP (POST /graphql), not the socket', {
    extensions: { code: 'BAD_REQUEST' },
  });
}

export function loadSheddingPlugin(redis: Redis, keyPrefix: string, limit: AnonymousRoutingLimit): ApolloServerPlugin<RequestContext> {
  if (!('linliCountRoutings' in redis)) redis.defineCommand('linliCountRoutings', { numberOfKeys: 1, lua: COUNT });
  const counting = redis as Counting;

  /** Counts `n` routings for the address; a refusal when they pass the limit, undefined otherwise (or when Redis is away). */
  const overLimit = async (clientIp: string, n: number): Promise<GraphQLError | undefined> => {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), LIMIT_REDIS_TIMEOUT_MS)));
    try {
      const answer = await Promise.race([
        counting.linliCountRoutings(`${keyPrefix}:routing-limit:${clientIp}`, n, limit.windowSec * 1000),
        late,
      ]);
      if (!answer || answer[0] <= limit.limit) return undefined;
      return refusal(
        'RATE_LIMITED',
        `Too many routings from this address (at most ${limit.limit} in ${limit.windowSec} s); try again later`,
        429,
        Math.max(1, Math.ceil(answer[1] / 1000)),
      );
    } catch {
      return undefined;
    } finally {
      clearTimeout(timer);
    }
  };

  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation, document, request, schema }) {
          if (contextValue.viewer.role !== null || operation?.operation !== 'query') return;
          // An anonymous read: behind signed-in and write work for a connection, and shed first.
          setSqlPriority(contextValue.em, 'low');
          const { routings } = operationLoad(schema, document, request.operationName, request.variables ?? {});
          if (routings === 0 || routings > MAX_ROUTINGS) return; // none, or refused by the cost check anyway
          const refused = await overLimit(contextValue.clientIp ?? 'unknown', routings);
          if (refused) throw refused;
        },
        async willSendResponse({ response, errors }) {
          // A field the pool refused answers 503, with when to come back, like a refusal before execution.
          const busy = errors?.map((e) => e.originalError).find((e): e is DatabaseBusyError => e instanceof DatabaseBusyError);
          if (!busy) return;
          response.http.status = 503;
          response.http.headers.set('retry-after', String(busy.retryAfterSeconds));
        },
      };
    },
  };
}
