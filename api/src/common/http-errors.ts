// Errors the HTTP layer raises before any resolver or route handler runs (body too large, unparsable JSON,
// wrong content type, unknown path): always JSON with a code, never Express's HTML page with a stack trace.
import { DriverException } from '@mikro-orm/core';
import type { ErrorRequestHandler, RequestHandler } from 'express';

interface HttpFault {
  status: number;
  code: string;
  message: string;
}

/** body-parser marks its errors with `type`; anything else with a 4xx status is the client's too. */
function classify(err: unknown): HttpFault {
  const e = (err ?? {}) as { type?: unknown; status?: unknown; statusCode?: unknown; limit?: unknown };
  switch (e.type) {
    case 'entity.too.large':
      return { status: 413, code: 'PAYLOAD_TOO_LARGE', message: `The request body is larger than ${String(e.limit)} bytes` };
    case 'entity.parse.failed':
      return { status: 400, code: 'BAD_REQUEST', message: 'The request body is not valid JSON' };
    case 'charset.unsupported':
    case 'encoding.unsupported':
      return { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: 'The request body has an unsupported charset or encoding' };
    case 'request.aborted':
    case 'request.size.invalid':
    case 'stream.encoding.set':
      return { status: 400, code: 'BAD_REQUEST', message: 'The request body could not be read' };
    default: {
      const status = Number(e.status ?? e.statusCode);
      if (status >= 400 && status < 500) return { status, code: 'BAD_REQUEST', message: 'The request was refused' };
      return { status: 500, code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' };
    }
  }
}

/** GraphQL clients read `errors[].extensions.code`; the REST routes (WeChat Pay's format) read `code`. */
export const jsonErrorHandler: ErrorRequestHandler = (err, req, res, next) => {
  if (res.headersSent) return next(err);
  const fault = classify(err);
  if (fault.status >= 500) console.error('[http] unhandled error', err);
  res.status(fault.status);
  if (req.path.startsWith('/graphql')) res.json({ errors: [{ message: fault.message, extensions: { code: fault.code } }] });
  else res.json({ code: fault.code, message: fault.message });
};

export const jsonNotFound: RequestHandler = (req, res) => {
  res.status(404).json({ code: 'NOT_FOUND', message: `No route for ${req.method} ${req.path}` });
};

/** For JSON routes: refuse another content type up front instead of running with an empty body. */
export const requireJsonBody: RequestHandler = (req, res, next) => {
  if (req.method !== 'POST' || req.is('application/json')) return next();
  res.status(415).json({ code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Send the body as application/json' });
};

/**
 * Whether an error came from the database (a MikroORM DriverException or a raw pg error): its message and
 * stack carry the SQL and parameters, so it is never shown to a client, not even in development.
 */
export function isDatabaseError(error: unknown): boolean {
  let e = error as { severity?: unknown; code?: unknown; originalError?: unknown; cause?: unknown } | undefined;
  for (let depth = 0; e && depth < 5; depth++) {
    if (e instanceof DriverException || (typeof e.severity === 'string' && typeof e.code === 'string')) return true;
    e = (e.originalError ?? e.cause) as typeof e;
  }
  return false;
}
