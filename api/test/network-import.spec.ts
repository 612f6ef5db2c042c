// HQ's GeoJSON network import at its limit: 5,000 features checked and written in batches (a few statements per
// batch, not several per store), its progress told live, and still all or nothing.
import { largeStoreNetwork } from '@linli/geo-data';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../src/common/sql';
import { ImportStoreNetworkDocument, StoreNetworkImportProgressDocument } from './generated/graphql';
import { startTestApp, type TestApp } from './harness';
import { follow, until } from './ws-helpers';

describe('network import of 5,000 features', () => {
  let t: TestApp;
  let hq: string;
  const count = async (sql: string, params: Record<string, unknown> = {}) =>
    Number((await query<{ n: string }>(t.em(), sql, params))[0]!.n);

  beforeAll(async () => {
    t = await startTestApp({ jobs: false });
    hq = t.tokens.hq();
  });
  afterAll(() => t?.close());

  it('refuses a file with bad features, listing each, and writes nothing', async () => {
    const network = largeStoreNetwork(5000, `R${process.pid}`);
    const before = await count(`SELECT count(*) AS n FROM store`);
    const features = network.features as unknown as { properties: Record<string, unknown> }[];
    features[17]!.properties.timeZone = 'Mars/Olympus';
    // A bow tie: only PostGIS finds it, in the batch of zones checked after every feature's own checks.
    const [lng, lat] = (network.features[4321]!.geometry.coordinates as number[]).map(Number) as [number, number];
    features[4321]!.properties.deliveryRadiusM = undefined;
    features[4321]!.properties.deliveryZone = {
      type: 'Polygon',
      coordinates: [
        [
          [lng - 0.01, lat - 0.01],
          [lng + 0.01, lat + 0.01],
          [lng + 0.01, lat - 0.01],
          [lng - 0.01, lat + 0.01],
          [lng - 0.01, lat - 0.01],
        ],
      ],
    };
    features[4999]!.properties.code = features[0]!.properties.code;
    const { importStoreNetwork } = await t.ok(ImportStoreNetworkDocument, { featureCollection: network }, hq);
    expect(importStoreNetwork.__typename).toBe('NetworkImportRejected');
    if (importStoreNetwork.__typename !== 'NetworkImportRejected') return;
    expect(importStoreNetwork.featureErrors.map((e) => [e.index, e.errorCode])).toEqual([
      [17, 'INVALID_TIME_ZONE'],
      [4321, 'INVALID_ZONE'],
      [4999, 'DUPLICATE_STORE_CODE'],
    ]);
    expect(importStoreNetwork.message).toBe('3 of 5000 features are invalid; nothing was imported');
    expect(await count(`SELECT count(*) AS n FROM store`)).toBe(before);
  });

  it('imports them in batches, telling its progress, in a bounded number of statements', async () => {
    const prefix = `G${process.pid}`;
    const network = largeStoreNetwork(5000, prefix);
    const importId = randomUUID();
    const progress = follow(t.baseUrl, hq, StoreNetworkImportProgressDocument, { importId });
    await progress.ready();
    const statements = t.queryCount();
    const { importStoreNetwork } = await t.ok(ImportStoreNetworkDocument, { featureCollection: network, importId }, hq);
    const used = t.queryCount() - statements;
    expect(importStoreNetwork).toMatchObject({ __typename: 'NetworkImported', created: 5000, updated: 0 });
    // One read of the stores, a statement per 250 zones, five per 500 stores written, and the transaction's own:
    // about 70, where the store-by-store import used about 25,000.
    expect(used).toBeLessThan(150);
    await until(() => progress.events.some((e) => e.storeNetworkImportProgress.phase === 'DONE'), 10_000);
    await progress.stop();
    expect(progress.errors).toEqual([]);
    const seen = progress.events.map((e) => e.storeNetworkImportProgress);
    const writing = seen.filter((p) => p.phase === 'WRITING').map((p) => p.done);
    expect(writing).toEqual([500, 1000, 1500, 2000, 2500, 3000, 3500, 4000, 4500, 5000]);
    expect(seen.filter((p) => p.phase === 'VALIDATING').at(-1)).toMatchObject({ done: 5000, total: 5000 });
    expect(seen.every((p) => p.importId === importId && p.total === 5000)).toBe(true);

    // Every store is there with its hours rows and its zone, as the one-store path writes them.
    expect(await count(`SELECT count(*) AS n FROM store WHERE code LIKE :p`, { p: `${prefix}-%` })).toBe(5000);
    const first = network.features[0]!.properties;
    const [row] = await query<{ zone: boolean; reach: number; hours: string; exceptions: string }>(
      t.em(),
      `SELECT s.delivery_area IS NOT NULL AS zone, s.delivery_reach_m AS reach,
              (SELECT count(*) FROM store_hours h WHERE h.store_id = s.id) AS hours,
              (SELECT count(*) FROM store_hours_exception e WHERE e.store_id = s.id) AS exceptions
         FROM store s WHERE s.code = :code`,
      { code: `${prefix}-00001` },
    );
    expect(row).toMatchObject({ zone: true, hours: String(first.hours.length), exceptions: String(first.exceptions.length) });
    expect(row!.reach).toBeGreaterThan(1000);
  });
});
