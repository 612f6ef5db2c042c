// WeChat's network calls done in Node, with WeChat's callback shapes: wx.request over http and wx.connectSocket
// over ws, against the real API. `rewrite` maps the address baked into a build onto the test API's.
import http from 'node:http';
import WebSocket from 'ws';

interface RequestOptions {
  url: string;
  method?: string;
  header?: Record<string, string>;
  data?: unknown;
  dataType?: string;
  success?(r: unknown): void;
  fail?(e: unknown): void;
  complete?(r: unknown): void;
}

interface SocketOptions {
  url: string;
  protocols?: string[];
  success?(r: unknown): void;
  fail?(e: unknown): void;
}

export function nodeNetwork(rewrite: (url: string) => string = (u) => u) {
  const sockets = new Set<WebSocket>();
  const requests = new Set<http.ClientRequest>();
  return {
    request(o: RequestOptions) {
      const req = http.request(rewrite(o.url), { method: o.method ?? 'GET', headers: o.header }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (body += c));
        res.on('end', () => {
          requests.delete(req);
          const r = {
            statusCode: res.statusCode,
            data: o.dataType === 'json' ? JSON.parse(body) : body,
            header: res.headers,
            errMsg: 'request:ok',
          };
          o.success?.(r);
          o.complete?.(r);
        });
      });
      requests.add(req);
      req.on('error', (e) => {
        requests.delete(req);
        const r = { errMsg: `request:fail ${e.message}` };
        o.fail?.(r);
        o.complete?.(r);
      });
      if (o.data != null) req.write(typeof o.data === 'string' ? o.data : JSON.stringify(o.data));
      req.end();
      return { abort: () => req.destroy() };
    },
    connectSocket(o: SocketOptions) {
      const ws = new WebSocket(rewrite(o.url), o.protocols);
      sockets.add(ws);
      ws.on('close', () => sockets.delete(ws));
      const task = {
        onOpen: (cb: () => void) => ws.on('open', () => cb()),
        onMessage: (cb: (r: { data: string }) => void) => ws.on('message', (d) => cb({ data: d.toString() })),
        onClose: (cb: (r: { code: number; reason: string }) => void) =>
          ws.on('close', (code, reason) => cb({ code, reason: reason.toString() })),
        onError: (cb: (e: unknown) => void) => ws.on('error', (e) => cb({ errMsg: e.message })),
        send: (s: { data: string }) => ws.send(s.data),
        close: (s: { code?: number; reason?: string } = {}) => ws.close(s.code ?? 1000, s.reason),
      };
      // WeChat does not order `success` against the task's open: take the late order (see weapp-standin.spec.ts).
      const succeed = () => setTimeout(() => o.success?.({ errMsg: 'connectSocket:ok' }), 0);
      ws.once('open', succeed);
      ws.once('error', succeed);
      return task;
    },
    /** Requests sent and not yet answered. */
    pending: () => requests.size,
    /** Ends every socket and request still open, so a test file leaves nothing behind. */
    closeAll() {
      sockets.forEach((s) => s.terminate());
      requests.forEach((r) => r.destroy());
    },
  };
}
