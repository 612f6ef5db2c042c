// The HTTP app: GraphQL at /graphql (GraphiQL for a browser, outside production), health at /health. Tests build
// it without listening on a port.
import { ApolloServer } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { busyAnswer, loadSheddingPlugin, anonymousReadsDoor, socketRoutingRefusal } from './common/load-shedding';
import { setSqlPriority } from './common/sql';
import { readAfterOwnWrites, readYourWritesPlugin } from './read-your-writes';
import { DatabaseBusyError } from './common/sql-pool';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import express from 'express';
import { GraphQLError, getOperationAST, type GraphQLFormattedError } from 'graphql';
import http from 'node:http';
import type { Redis } from 'ioredis';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import { mountExplorer } from './explorer';
import { mountMiniApp } from './miniapp-static';
import { mountPaymentRoutes } from './modules/payment/payment.routes';
import { mountReferralRoutes } from './modules/referral/referral.routes';
import {
  BODY_LIMIT_BYTES,
  IMPORT_BODY_LIMIT_BYTES,
  documentLimits,
  operationRefusal,
  parseOptions,
  requestLimitsPlugin,
} from './common/request-limits';
import { introspectionCachePlugin } from './common/introspection-cache';
import { isDatabaseError, jsonErrorHandler, jsonNotFound, requireJsonBody } from './common/http-errors';
import { Role } from './modules/auth/auth.entity';
import type { Viewer } from './common/viewer';
import { admitViewer, authenticate, createContext, viewerFromHeader, type AppDeps, type Context } from './context';
import { mountImageRoutes } from './modules/catalog/images.routes';
import { mountCatalogImportRoutes } from './modules/catalog/catalog-import.routes';
import { mountStockImportRoutes } from './modules/inventory/stock-import.routes';
import { mountPictureRoutes } from './modules/catalog/pictures.routes';
import { createPictureStorage } from './modules/catalog/create-picture-storage';
import { mountStaticApp, STORE_POS_DIST } from './static-app';
import { flashEdge } from './modules/order/flash-edge';
import type { FlashTicket } from './modules/promotion/flash-gate';
import { buildApiSchema } from './schema';
import { postgisVersion } from './common/health.repository';

export interface AppParts extends AppDeps {
  orm: MikroORM;
  redis: Redis;
}

const EXPOSED_CODES = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'QUERY_TOO_COSTLY',
  'DOCUMENT_TOO_COMPLEX',
  'BAD_REQUEST',
  // An unknown operationName, or several operations and none named: Apollo answers 400 with this code.
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'TOO_MANY_ROUTINGS',
  'RATE_LIMITED',
]);

/**
 * graphql-ws closes with 4500 (internal error) when a hook throws, and its clients then treat the server as
 * broken. A session that ended is the client's to act on: 4401 tells it to sign in again (and not to retry).
 */
const SESSION_ENDED_CLOSE = { code: 4401, reason: 'Session revoked; sign in again' } as const;
const closeEndedSession = (socket: WebSocket) => socket.close(SESSION_ENDED_CLOSE.code, SESSION_ENDED_CLOSE.reason);
/**
 * A socket's session check that cannot be made now (Redis or PostgreSQL away) says nothing about the token. graphql-ws
 * answers the throw by closing with 4500, which its clients never retry: a counter tablet would stay offline until
 * reloaded. So the socket is closed first with 1013 (Try Again Later), which they do retry, and graphql-ws's own
 * close then finds it closing and changes nothing.
 */
async function sessionCheck<T>(socket: WebSocket, check: () => Promise<T>): Promise<T> {
  try {
    return await check();
  } catch (err) {
    console.error('[ws] the session could not be checked; the client is told to retry', err);
    socket.close(1013, 'Try again later');
    throw err;
  }
}
const sessionEnded = () =>
  new GraphQLError('The session token is invalid, expired or revoked', { extensions: { code: 'UNAUTHENTICATED' } });
const socketToken = (params: unknown) => (params as { authorization?: string } | undefined)?.authorization;

export async function createApp(parts: AppParts) {
  const app = express();
  // Which proxy hops to believe for req.ip, which the sign-in limit per source address counts by.
  app.set('trust proxy', parts.config.trustProxy);
  // No ETag computed over every answer (a SHA-1 of each GraphQL response, which nobody revalidates); the routes
  // whose answers are cached set their own. Nor a header naming the framework.
  app.set('etag', false);
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  // Every API process relays the outbox (jobs and store events committed by any process), RUN_JOBS or not.
  parts.runtime.outbox.start(() => parts.orm.em.fork() as EntityManager);
  parts.runtime.database.attach(() => parts.orm.em.fork() as EntityManager);
  const schema = await buildApiSchema(parts.runtime.pubSub);
  const development = parts.config.env === 'development';

  // Subscriptions (graphql-ws) share the HTTP server and path; the token comes in connectionParams.
  // ws accepts 100 MiB messages by default; an operation never needs more than a /graphql body.
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: BODY_LIMIT_BYTES });
  const wsCleanup = useServer(
    {
      schema,
      // The same request limits as over HTTP: anyone may connect, and any operation may come over the socket.
      // Then the session, which may have ended since the socket connected: such a socket is closed as such (4401).
      onSubscribe: async (ctx, _id, payload) => {
        const refusal =
          operationRefusal(schema, payload.query, payload.variables, payload.operationName) ??
          socketRoutingRefusal(schema, payload, viewerFromHeader(socketToken(ctx.connectionParams), parts));
        if (refusal) return [refusal];
        const viewer = await sessionCheck(ctx.extra.socket, () =>
          authenticate(socketToken(ctx.connectionParams), parts, parts.orm.em.fork() as EntityManager),
        );
        if (viewer) return undefined;
        closeEndedSession(ctx.extra.socket);
        return [sessionEnded()];
      },
      // A bad or revoked token closes the socket at connect (4403), before any subscription runs.
      onConnect: async (ctx) =>
        (await sessionCheck(ctx.extra.socket, () =>
          authenticate(socketToken(ctx.connectionParams), parts, parts.orm.em.fork() as EntityManager),
        )) !== undefined,
      context: async (ctx, _id, _payload, args) => {
        const em = parts.orm.em.fork() as EntityManager;
        const viewer = await sessionCheck(ctx.extra.socket, () => authenticate(socketToken(ctx.connectionParams), parts, em));
        if (!viewer) {
          // Ended between onSubscribe and here: closed as such first, so the throw below (which graphql-ws answers
          // with 4500 on a socket still open) finds it closing and changes nothing.
          closeEndedSession(ctx.extra.socket);
          throw sessionEnded();
        }
        if (viewer.role === null && getOperationAST(args.document, args.operationName)?.operation === 'query') setSqlPriority(em, 'low');
        return createContext(em, viewer, parts);
      },
      // A subscription outlives the check at connect: each event first checks the session again (one Redis MGET
      // for staff), and a revoked one closes the socket instead of receiving it (graphql-ws sends nothing on a
      // closing socket).
      onNext: async (ctx, _id, _payload, args) => {
        const context = args.contextValue as Context;
        if (!(await sessionCheck(ctx.extra.socket, () => parts.runtime.sessions.allows(context.em, context.viewer))))
          closeEndedSession(ctx.extra.socket);
      },
    },
    wsServer,
  );

  const apollo = new ApolloServer<Context>({
    schema,
    introspection: parts.config.env !== 'production',
    includeStacktraceInErrorResponses: development,
    // main.ts owns shutdown (drain HTTP, then close the database and Redis); two handlers deadlock.
    stopOnTerminationSignals: false,
    // Token count first: parsing is linear, but a document never needs more (request-limits.ts).
    parseOptions,
    // No client of ours sends persisted queries; documentLimits refuses them with a 400 (Apollo's own answer to
    // them is a 200, part of the APQ protocol).
    persistedQueries: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await wsCleanup.dispose();
            },
          };
        },
      },
      requestLimitsPlugin(),
      introspectionCachePlugin(),
      loadSheddingPlugin(parts.redis, `${parts.config.queuePrefix}:limits`, parts.config.anonymousRouting),
      readYourWritesPlugin(parts.config, parts.redis),
      // No field sets a cache hint (answers are per viewer and live), and the plugin wraps every field's resolver.
      ApolloServerPluginCacheControlDisabled(),
      // Apollo's landing page (Sandbox) loads from Apollo's CDN; outside production /graphql serves GraphiQL from
      // our own files instead (explorer.ts), and production has no explorer.
      ApolloServerPluginLandingPageDisabled(),
    ],
    formatError: (formatted: GraphQLFormattedError, error: unknown) => {
      const code = formatted.extensions?.code as string | undefined;
      if (code && EXPOSED_CODES.has(code)) return formatted;
      const original = unwrapResolverError(error);
      if (original instanceof DatabaseBusyError) return busyAnswer(original, formatted.path);
      // Faults: log the real error here, send the client nothing it could learn internals from.
      console.error('[graphql] internal error', error);
      if (development && !isDatabaseError(error)) return formatted;
      return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    },
  });
  await apollo.start();

  app.get('/health', async (_req, res) => {
    const checks: Record<string, string> = {};
    try {
      const postgis = await postgisVersion(parts.orm.em.fork() as EntityManager);
      checks.postgres = 'ok';
      checks.postgis = postgis;
    } catch (err) {
      checks.postgres = `down: ${(err as Error).message}`;
    }
    try {
      checks.redis = (await parts.redis.ping()) === 'PONG' ? 'ok' : 'down';
    } catch (err) {
      checks.redis = `down: ${(err as Error).message}`;
    }
    const ok = checks.postgres === 'ok' && checks.redis === 'ok';
    res.status(ok ? 200 : 503).json({ status: ok ? 'ok' : 'degraded', ...checks });
  });

  // GraphQL first after the health check: every request walks the app's routes in order until one matches, and
  // none of the routes below matches /graphql. The explorer answers a browser's GET /graphql before Apollo does.
  if (parts.config.env !== 'production') mountExplorer(app);

  // Only HQ imports networks, the one operation bigger than BODY_LIMIT_BYTES; everyone else gets the small parser.
  const smallJson = express.json({ limit: BODY_LIMIT_BYTES });
  const importJson = express.json({ limit: IMPORT_BODY_LIMIT_BYTES });
  app.use(
    '/graphql',
    (req, res, next) => {
      // The token is read (its signature checked) once per request: the context below takes this viewer.
      const viewer = viewerFromHeader(req.headers.authorization, parts);
      res.locals.viewer = viewer;
      (viewer?.role === Role.HQ_ADMIN ? importJson : smallJson)(req, res, next);
    },
    documentLimits,
    // 秒杀 checkouts go through their item's door before GraphQL; the losers are answered here (modules/order/flash-edge.ts).
    flashEdge({
      schema,
      gate: parts.runtime.flashGate,
      placedKeys: parts.runtime.placedKeys,
      em: () => parts.orm.em.fork() as EntityManager,
    }),
    anonymousReadsDoor(parts.config.anonymousReads),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const em = parts.orm.em.fork() as EntityManager;
        const viewer = await admitViewer(res.locals.viewer as Viewer | undefined, parts, em);
        if (!viewer) {
          throw new GraphQLError('The session token is invalid, expired or revoked; sign in again', {
            extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
          });
        }
        readAfterOwnWrites(em, viewer, parts.config, parts.redis);
        return createContext(em, viewer, parts, { clientIp: req.ip, flashTicket: res.locals.flashTicket as FlashTicket | undefined });
      },
    }),
  );
  app.use('/sandbox', requireJsonBody);
  mountPaymentRoutes(app, parts.orm, parts.runtime);
  mountReferralRoutes(app, parts.orm, parts.runtime);
  mountStaticApp(app, '/pos', STORE_POS_DIST);
  mountImageRoutes(app, parts.orm);
  mountPictureRoutes(app, {
    orm: parts.orm,
    storage: createPictureStorage(parts.config.pictures),
    clock: parts.clock,
    viewerOf: (req, em) => authenticate(req.headers.authorization, parts, em),
  });
  mountCatalogImportRoutes(app, {
    orm: parts.orm,
    clock: parts.clock,
    viewerOf: (req, em) => authenticate(req.headers.authorization, parts, em),
  });
  mountStockImportRoutes(app, {
    orm: parts.orm,
    clock: parts.clock,
    viewerOf: (req, em) => authenticate(req.headers.authorization, parts, em),
  });
  mountMiniApp(app);

  app.use(jsonNotFound);
  app.use(jsonErrorHandler);

  return { app, httpServer, apollo, schema };
}
