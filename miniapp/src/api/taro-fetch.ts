// A fetch for urql built on Taro.request: the weapp runtime has no fetch, Headers or AbortController, so
// this is the one request path in both weapp and h5.
import Taro from '@tarojs/taro';

interface FetchInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}

/** The part of a fetch Response urql reads: ok, status, headers.get, text(), json(). */
export interface TaroResponse {
  ok: boolean;
  status: number;
  statusText: string;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
  json(): Promise<unknown>;
}

type RequestFn = (options: Record<string, unknown>) => Promise<{ statusCode: number; data: unknown; header?: Record<string, string> }>;

export function createTaroFetch(request: RequestFn = Taro.request as unknown as RequestFn, timeoutMs = 20_000) {
  return async function taroFetch(url: string, init: FetchInit = {}): Promise<TaroResponse> {
    const res = await request({
      url,
      method: (init.method ?? 'GET').toUpperCase(),
      header: init.headers ?? {},
      data: init.body,
      // Text, not parsed: urql parses by content type, and a parsed body loses what the server said on errors.
      dataType: 'text',
      responseType: 'text',
      timeout: timeoutMs,
    });
    const body = typeof res.data === 'string' ? res.data : JSON.stringify(res.data ?? '');
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(res.header ?? {})) headers[k.toLowerCase()] = String(v);
    return {
      ok: res.statusCode >= 200 && res.statusCode < 300,
      status: res.statusCode,
      statusText: String(res.statusCode),
      headers: { get: (name: string) => headers[name.toLowerCase()] ?? null },
      text: async () => body,
      json: async () => JSON.parse(body),
    };
  };
}
