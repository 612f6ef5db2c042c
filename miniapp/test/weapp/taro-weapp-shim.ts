// What @tarojs/taro is in the weapp build, for the two calls the adapters make: Taro's mini-program runtime
// promisifies wx.request and wx.connectSocket (resolving connectSocket with its SocketTask).
declare const wx: {
  request(o: Record<string, unknown>): unknown;
  connectSocket(o: Record<string, unknown>): unknown;
};

const promisify =
  (api: (o: Record<string, unknown>) => unknown, resolveWithReturn = false) =>
  (options: Record<string, unknown> = {}) =>
    new Promise((resolve, reject) => {
      let task: unknown;
      task = api({
        ...options,
        success: (res: unknown) => (resolveWithReturn ? resolve(task) : resolve(res)),
        fail: (err: unknown) => {
          (options.fail as ((e: unknown) => void) | undefined)?.(err);
          reject(err);
        },
      });
    });

const Taro = {
  request: promisify((o) => wx.request(o)),
  connectSocket: promisify((o) => wx.connectSocket(o), true),
};
export default Taro;
