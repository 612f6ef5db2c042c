// A WebSocket class over Taro.connectSocket, for graphql-ws's webSocketImpl: the weapp runtime has no
// WebSocket, and h5 goes through the same class so both targets run one code path.
import Taro from '@tarojs/taro';

interface SocketTask {
  send(options: { data: string; fail?: (err: unknown) => void }): void;
  close(options: { code?: number; reason?: string }): void;
  onOpen(cb: () => void): void;
  onClose(cb: (res: { code?: number; reason?: string }) => void): void;
  onError(cb: (err: unknown) => void): void;
  onMessage(cb: (res: { data: unknown }) => void): void;
}

type ConnectFn = (options: Record<string, unknown>) => Promise<SocketTask> | SocketTask;

declare const wx: { connectSocket: ConnectFn };

/**
 * WeChat hands back the task at once, but Taro's promise resolves it only on `success`, which may come after the
 * socket has opened: an onOpen added then never fires, and the API closes the silent socket 3 s later (4408), on
 * every retry. So weapp takes the task from wx itself; h5's Taro builds its task and resolves it in one go.
 */
const connectNow: ConnectFn =
  process.env.TARO_ENV === 'weapp' ? (options) => wx.connectSocket(options) : (Taro.connectSocket as unknown as ConnectFn);

export function createTaroWebSocket(connect: ConnectFn = connectNow) {
  return class TaroWebSocket {
    static readonly CONNECTING = 0;
    static readonly OPEN = 1;
    static readonly CLOSING = 2;
    static readonly CLOSED = 3;
    readonly CONNECTING = 0;
    readonly OPEN = 1;
    readonly CLOSING = 2;
    readonly CLOSED = 3;

    readyState = 0;
    readonly url: string;
    readonly protocol: string;
    onopen: ((ev: unknown) => void) | null = null;
    onclose: ((ev: { code: number; reason: string; wasClean: boolean }) => void) | null = null;
    onerror: ((ev: unknown) => void) | null = null;
    onmessage: ((ev: { data: string }) => void) | null = null;
    private task: SocketTask | null = null;
    private closeRequested: { code?: number; reason?: string } | null = null;

    constructor(url: string, protocols?: string | string[]) {
      this.url = url;
      const list = protocols == null ? [] : Array.isArray(protocols) ? protocols : [protocols];
      this.protocol = list[0] ?? '';
      // wx.connectSocket returns the task synchronously (listen to it at once), Taro's h5 a promise of it.
      let pending: Promise<SocketTask> | SocketTask;
      try {
        pending = connect({ url, protocols: list, header: {}, fail: (err: unknown) => this.fail(err) });
      } catch (err) {
        pending = Promise.reject(err);
      }
      if (typeof (pending as Promise<SocketTask>).then === 'function') {
        (pending as Promise<SocketTask>).then((task) => this.attach(task)).catch((err) => this.fail(err));
      } else this.attach(pending as SocketTask);
    }

    private attach(task: SocketTask) {
      this.task = task;
      task.onOpen(() => {
        if (this.closeRequested) {
          task.close(this.closeRequested);
          return;
        }
        this.readyState = 1;
        this.onopen?.({});
      });
      task.onMessage((res) => this.onmessage?.({ data: typeof res.data === 'string' ? res.data : String(res.data) }));
      task.onError((err) => this.onerror?.(err));
      task.onClose((res) => this.closed(res?.code ?? 1006, res?.reason ?? ''));
    }

    private fail(err: unknown) {
      if (this.readyState === 3) return;
      this.onerror?.(err);
      this.closed(1006, 'connect failed');
    }

    private closed(code: number, reason: string) {
      if (this.readyState === 3) return;
      this.readyState = 3;
      this.onclose?.({ code, reason, wasClean: code === 1000 });
    }

    send(data: string) {
      if (this.readyState !== 1 || !this.task) throw new Error('socket is not open');
      this.task.send({ data, fail: (err) => this.onerror?.(err) });
    }

    close(code = 1000, reason = '') {
      if (this.readyState >= 2) return;
      this.readyState = 2;
      if (this.task) this.task.close({ code, reason });
      else this.closeRequested = { code, reason };
    }
  };
}
