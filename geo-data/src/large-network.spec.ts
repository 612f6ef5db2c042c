import { describe, expect, it } from 'vitest';
import { largeStoreNetwork } from './large-network';
import { loadStoreNetwork } from './network';

describe('large store network', () => {
  it('copies the demo stores with their own codes, each zone moved with its store', () => {
    const demo = loadStoreNetwork().features;
    const big = largeStoreNetwork(5000, 'X');
    expect(big.features).toHaveLength(5000);
    expect(new Set(big.features.map((f) => f.properties.code)).size).toBe(5000);
    expect(big.features[0]!.properties.code).toBe('X-00001');
    // Copy 1 of the first demo store sits 0.01° east of it, zone and all.
    const [base, copy] = [demo[0]!, big.features[0]!];
    expect(copy.geometry.coordinates[0]).toBeCloseTo(base.geometry.coordinates[0] + 0.01, 6);
    expect(copy.properties.deliveryZone!.coordinates[0]![0]![0]).toBeCloseTo(
      (base.properties.deliveryZone!.coordinates[0]![0] as number[])[0]! + 0.01,
      6,
    );
    // The demo's own data is left as it was.
    expect(loadStoreNetwork().features[0]!.properties.code).toBe(base.properties.code);
  });
});
