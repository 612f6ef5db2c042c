// Small typed wrappers over Taro storage (wx storage in weapp, localStorage in h5).
import Taro from '@tarojs/taro';

export function load<T>(key: string, fallback: T): T {
  try {
    const raw = Taro.getStorageSync(key);
    if (raw === '' || raw == null) return fallback;
    return (typeof raw === 'string' ? JSON.parse(raw) : raw) as T;
  } catch {
    return fallback;
  }
}

export function save(key: string, value: unknown): void {
  try {
    Taro.setStorageSync(key, JSON.stringify(value));
  } catch {
    // Storage full or unavailable: the app still works for this session.
  }
}

export function remove(key: string): void {
  try {
    Taro.removeStorageSync(key);
  } catch {
    /* nothing to remove */
  }
}

export const keys = {
  token: 'linli.token',
  devName: 'linli.dev-name',
  cart: (storeId: string) => `linli.cart.${storeId}`,
  place: 'linli.place',
  mode: 'linli.mode',
  storeId: 'linli.store',
  addresses: 'linli.addresses',
  contact: 'linli.contact',
  /** The member-code (TOTP) secret: on this device only, gone at sign-out. */
  memberSecret: 'linli.member-secret',
  /** This device's own id (flash sales count their per-user limit per device too). */
  deviceId: 'linli.device-id',
};
