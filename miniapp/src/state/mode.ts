// Delivery or pickup, as the shopper last chose it.
import { keys, load, save } from '../lib/storage';
import { createStore, useStore } from '../lib/store';

export type Mode = 'DELIVERY' | 'PICKUP';

export const modeStore = createStore<Mode>(load<Mode>(keys.mode, 'PICKUP'));

export const useMode = () => useStore(modeStore);

export function setMode(mode: Mode) {
  save(keys.mode, mode);
  modeStore.set(mode);
}
