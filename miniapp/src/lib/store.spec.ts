import { describe, expect, it } from 'vitest';
import { createStore } from './store';

describe('createStore', () => {
  it('tells listeners of a change and not of the same value set again', () => {
    const s = createStore({ n: 1 });
    const seen: number[] = [];
    const stop = s.subscribe(() => seen.push(s.get().n));
    s.set({ n: 2 });
    s.set((v) => v);
    s.set((v) => ({ n: v.n + 1 }));
    stop();
    s.set({ n: 9 });
    expect(seen).toEqual([2, 3]);
    expect(s.get().n).toBe(9);
  });
});
