// Stands in for @tarojs/taro in unit tests: storage in memory; request and connectSocket must be passed in.
const storage = new Map<string, unknown>();
const Taro = {
  getStorageSync: (k: string) => (storage.has(k) ? storage.get(k) : ''),
  setStorageSync: (k: string, v: unknown) => void storage.set(k, v),
  removeStorageSync: (k: string) => void storage.delete(k),
  request: () => Promise.reject(new Error('pass a request function in tests')),
  connectSocket: () => Promise.reject(new Error('pass a connectSocket function in tests')),
  pxTransform: (n: number) => `${n / 2}px`,
};
export default Taro;
