// The door for anonymous reads: one at a time (ANONYMOUS_READS_MAX), a bounded queue behind it, a 503 with
// Retry-After beyond it or after waiting too long; signed-in requests and mutations never wait there.
import { EventEmitter } from 'node:events';
import type { Request, Response } from 'express';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { anonymousReadsDoor } from './load-shedding';

class FakeResponse extends EventEmitter {
  statusCode = 200;
  headers: Record<string, string> = {};
  body: unknown;
  setHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  status(code: number) {
    this.statusCode = code;
    return this;
  }
  json(body: unknown) {
    this.body = body;
    this.emit('close');
    return this;
  }
}

const READ = { query: '{ routeCart(input: $input) { __typename } }' };
const request = (body: unknown, authorization?: string) =>
  ({ headers: authorization ? { authorization } : {}, body }) as unknown as Request;

describe('anonymous reads door', () => {
  afterEach(() => vi.useRealTimers());

  function send(door: ReturnType<typeof anonymousReadsDoor>, body: unknown = READ, authorization?: string) {
    const res = new FakeResponse();
    const admitted = vi.fn();
    door(request(body, authorization), res as unknown as Response, admitted);
    return { res, admitted };
  }

  it('lets one in at a time, queues the next ones in order, and refuses beyond the queue with a 503', () => {
    const door = anonymousReadsDoor({ max: 1, queue: 2, waitMs: 1000 });
    const [a, b, c, d] = [send(door), send(door), send(door), send(door)];
    expect([a, b, c, d].map((x) => x.admitted.mock.calls.length)).toEqual([1, 0, 0, 0]);
    expect(d.res.statusCode).toBe(503);
    expect(d.res.headers['retry-after']).toBe('1');
    expect(d.res.body).toMatchObject({ errors: [{ extensions: { code: 'SERVICE_UNAVAILABLE' } }] });
    a.res.emit('close');
    expect(b.admitted).toHaveBeenCalledOnce();
    expect(c.admitted).not.toHaveBeenCalled();
    b.res.emit('close');
    expect(c.admitted).toHaveBeenCalledOnce();
  });

  it('refuses one that waited too long', () => {
    vi.useFakeTimers();
    const door = anonymousReadsDoor({ max: 1, queue: 5, waitMs: 1000 });
    send(door);
    const late = send(door);
    vi.advanceTimersByTime(1001);
    expect(late.admitted).not.toHaveBeenCalled();
    expect(late.res.statusCode).toBe(503);
  });

  it('forgets one whose client went away while it waited', () => {
    const door = anonymousReadsDoor({ max: 1, queue: 1, waitMs: 1000 });
    const first = send(door);
    const gone = send(door);
    gone.res.emit('close');
    const next = send(door);
    first.res.emit('close');
    expect(gone.admitted).not.toHaveBeenCalled();
    expect(next.admitted).toHaveBeenCalledOnce();
  });

  it('never holds signed-in requests or mutations (signing in is anonymous and a write)', () => {
    const door = anonymousReadsDoor({ max: 1, queue: 0, waitMs: 1000 });
    send(door);
    expect(send(door, READ, 'Bearer x').admitted).toHaveBeenCalledOnce();
    expect(send(door, { query: 'mutation { signIn { __typename } }' }).admitted).toHaveBeenCalledOnce();
    expect(send(door).res.statusCode).toBe(503);
  });
});
