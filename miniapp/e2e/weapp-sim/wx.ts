// The wx.* calls the app makes, stood in for: the network goes to the real test API (whatever address the build
// has baked in), storage lives in memory, wx.login gives a development code the API accepts, wx.getLocation a
// fixed GCJ-02 point; navigation, toasts, maps and the like are recorded for the test to read.
// Everything not here falls back to miniprogram-simulate's own stand-ins.
import { nodeNetwork } from '../wx-node';

type Callbacks = { success?(r: unknown): void; fail?(e: unknown): void; complete?(r: unknown): void };
type Options = Record<string, unknown> & Callbacks;

export interface WxStandIn {
  api: Record<string, unknown>;
  /** The options of each recorded call of `name`, oldest first. */
  calls(name: string): Options[];
  /** Holds back the requests whose body matches (a slow network for them) until the returned release is called. */
  hold(matches: (body: string) => boolean): () => void;
  /** Requests held back or not yet answered. */
  pending(): number;
  closeAll(): void;
}

const RECORDED = [
  'navigateTo',
  'redirectTo',
  'switchTab',
  'navigateBack',
  'reLaunch',
  'showToast',
  'showModal',
  'openLocation',
  'makePhoneCall',
  'setNavigationBarTitle',
  'stopPullDownRefresh',
  'requestSubscribeMessage',
  'requestPayment',
  'chooseLocation',
];

export function wxStandIn(o: { apiUrl: string; loginCode: string; gcj02: { latitude: number; longitude: number } }): WxStandIn {
  const api = new URL(o.apiUrl);
  const toApi = (url: string) => {
    const u = new URL(url);
    u.protocol = u.protocol.startsWith('ws') ? api.protocol.replace('http', 'ws') : api.protocol;
    u.host = api.host;
    return u.toString();
  };
  const network = nodeNetwork(toApi);
  const storage = new Map<string, unknown>();
  const recorded = new Map<string, Options[]>();
  const answer = (options: Options, name: string, result: Record<string, unknown> = {}) => {
    const r = { errMsg: `${name}:ok`, ...result };
    setTimeout(() => {
      options.success?.(r);
      options.complete?.(r);
    }, 0);
  };
  const record =
    (name: string) =>
    (options: Options = {}) => {
      recorded.set(name, [...(recorded.get(name) ?? []), options]);
      const result = name === 'showModal' ? { confirm: false, cancel: true } : {};
      answer(options, name, result);
    };

  let held: { matches: (body: string) => boolean; waiting: (() => void)[] } | null = null;
  const request = (options: Options & { url: string; data?: unknown }) => {
    const body = typeof options.data === 'string' ? options.data : JSON.stringify(options.data ?? '');
    if (!held?.matches(body)) return network.request(options);
    held.waiting.push(() => network.request(options));
    return { abort: () => undefined };
  };

  const wx: Record<string, unknown> = {
    request,
    connectSocket: network.connectSocket,
    getStorageSync: (key: string) => (storage.has(key) ? storage.get(key) : ''),
    setStorageSync: (key: string, value: unknown) => void storage.set(key, value),
    removeStorageSync: (key: string) => void storage.delete(key),
    clearStorageSync: () => storage.clear(),
    getStorage: (options: Options & { key: string }) =>
      storage.has(options.key)
        ? answer(options, 'getStorage', { data: storage.get(options.key) })
        : setTimeout(() => options.fail?.({ errMsg: 'getStorage:fail data not found' }), 0),
    setStorage: (options: Options & { key: string; data: unknown }) => (
      storage.set(options.key, options.data),
      answer(options, 'setStorage')
    ),
    removeStorage: (options: Options & { key: string }) => (storage.delete(options.key), answer(options, 'removeStorage')),
    login: (options: Options) => answer(options, 'login', { code: o.loginCode }),
    getLocation: (options: Options) => answer(options, 'getLocation', { ...o.gcj02, accuracy: 30, speed: 0, altitude: 0 }),
  };
  for (const name of RECORDED) wx[name] = record(name);
  return {
    api: wx,
    calls: (name) => recorded.get(name) ?? [],
    hold(matches) {
      const h = { matches, waiting: [] as (() => void)[] };
      held = h;
      return () => {
        if (held === h) held = null;
        h.waiting.forEach((send) => send());
      };
    },
    pending: () => network.pending() + (held?.waiting.length ?? 0),
    closeAll: network.closeAll,
  };
}
