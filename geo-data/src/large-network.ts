// A store network of any size for import tests and benches: the demo's 55 stores copied over a grid, each copy
// moved (its zone with it) and given its own code, so every feature is as real as the demo's own.
import { loadStoreNetwork } from './network';
import type { StoreNetwork } from './types';

type Position = number[];

const moveAll = (coords: unknown, dLng: number, dLat: number): unknown =>
  typeof (coords as Position)[0] === 'number'
    ? [Number(((coords as Position)[0]! + dLng).toFixed(6)), Number(((coords as Position)[1]! + dLat).toFixed(6))]
    : (coords as unknown[]).map((c) => moveAll(c, dLng, dLat));

/** `count` features, codes `${prefix}-00001`…; copy i of a demo store sits i × ~1.1 km north-east of the last. */
export function largeStoreNetwork(count: number, prefix = 'L'): StoreNetwork {
  const demo = loadStoreNetwork().features;
  const features = [];
  for (let i = 0; i < count; i++) {
    const base = demo[i % demo.length]!;
    const copy = Math.floor(i / demo.length) + 1;
    const dLng = 0.01 * (copy % 10);
    const dLat = 0.01 * Math.floor(copy / 10);
    const props = base.properties;
    features.push({
      type: 'Feature' as const,
      geometry: { type: 'Point' as const, coordinates: moveAll(base.geometry.coordinates, dLng, dLat) as [number, number] },
      properties: {
        ...props,
        code: `${prefix}-${String(i + 1).padStart(5, '0')}`,
        name: `${props.name} ${copy}`,
        ...(props.deliveryZone
          ? { deliveryZone: { ...props.deliveryZone, coordinates: moveAll(props.deliveryZone.coordinates, dLng, dLat) } }
          : {}),
      },
    });
  }
  return { type: 'FeatureCollection', features } as StoreNetwork;
}
