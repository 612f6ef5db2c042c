// One vertex cap for every GeoJSON geometry the API is sent, counted before any geometry maths: a walk with its own
// stack (no recursion, no spreading of arrays into calls) that stops as soon as a geometry passes the cap.

/** Vertices one geometry may have, over every ring of every part (a delivery zone is drawn by hand: ~10–200). */
export const MAX_GEOMETRY_VERTICES = 5000;

const GEOMETRY_TYPES = new Set(['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection']);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Positions in a GeoJSON value: every ring of every polygon, the members of a GeometryCollection, a Feature's
 * geometry, a FeatureCollection's features. Counting stops once it passes `stopAfter`, so a 130,000-vertex polygon
 * costs what a 5,001-vertex one does. A position is an array whose first item is a number.
 */
export function countPositions(value: unknown, stopAfter = MAX_GEOMETRY_VERTICES): number {
  let count = 0;
  const pending: unknown[] = [value];
  // Arrays are walked by index from a frame, never copied: a flat ring of 130,000 positions is counted in place.
  const frames: { items: unknown[]; next: number }[] = [];
  for (;;) {
    let v: unknown;
    const frame = frames.at(-1);
    if (frame) {
      if (frame.next >= frame.items.length) {
        frames.pop();
        continue;
      }
      v = frame.items[frame.next++];
    } else if (pending.length > 0) {
      v = pending.pop();
    } else {
      return count;
    }
    if (Array.isArray(v)) {
      if (typeof v[0] === 'number') {
        if (++count > stopAfter) return count;
      } else if (v.length > 0) {
        frames.push({ items: v, next: 0 });
      }
    } else if (isObject(v)) {
      for (const key of ['coordinates', 'geometries', 'geometry', 'features'] as const) if (key in v) pending.push(v[key]);
    }
  }
}

/** Whether a value is a GeoJSON geometry object (by its type). */
export const isGeometry = (v: unknown): v is { type: string } => isObject(v) && typeof v.type === 'string' && GEOMETRY_TYPES.has(v.type);

/**
 * The first geometry anywhere inside a value (e.g. a request's variables) with more than MAX_GEOMETRY_VERTICES
 * positions, as its path (`featureCollection.features.17.properties.deliveryZone`) and how many were counted
 * before stopping; undefined when every geometry is within the cap. Linear in the value, no recursion.
 */
export function oversizeGeometry(value: unknown, root: string): { path: string; counted: number } | undefined {
  type Node = { v: unknown; key: string; parent: Node | undefined };
  const stack: Node[] = [{ v: value, key: root, parent: undefined }];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const { v } = node;
    if (isGeometry(v)) {
      const counted = countPositions(v);
      if (counted > MAX_GEOMETRY_VERTICES) return { path: pathOf(node), counted };
      // A geometry's own parts were counted with it; nothing below it is another geometry to check.
      continue;
    }
    if (Array.isArray(v)) {
      // Position lists outside a geometry hold no geometry: skip them rather than visit every number.
      if (typeof v[0] === 'number') continue;
      for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i], key: String(i), parent: node });
    } else if (isObject(v)) {
      for (const [key, child] of Object.entries(v))
        if (typeof child === 'object' && child !== null) stack.push({ v: child, key, parent: node });
    }
  }
  return undefined;
}

function pathOf(node: { key: string; parent: { key: string; parent: unknown } | undefined }): string {
  const keys: string[] = [];
  for (let n: typeof node | undefined = node; n; n = n.parent as typeof node | undefined) keys.push(n.key);
  return keys.reverse().join('.');
}
