// The HTTP edge: health, the query cost limit, and what errors reveal.
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './harness';

describe('HTTP edge', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  const post = (query: string) => request(t.app).post('/graphql').set('content-type', 'application/json').send({ query });

  it('reports PostgreSQL, PostGIS and Redis on /health', async () => {
    const res = await request(t.app).get('/health');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ok', postgres: 'ok', redis: 'ok' });
    expect(res.body.postgis).toMatch(/^3\./);
  });

  it('refuses operations that are too wide or too deep before running them', async () => {
    const fields = 'id code name city address status timeZone openNow capabilities deliveryRadiusM deliveryZone';
    const page = `stores(first: 100) { nodes { ${fields} hours { weekday opens closes } exceptions { date closed } } }`;
    const wide = await post(`{ a: ${page} b: ${page} c: ${page} }`);
    expect(wide.body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
    let deep = 'id';
    for (let i = 0; i < 7; i++) deep = `skus { product { ${deep} } }`;
    const tooDeep = await post(`{ products(first: 1) { nodes { ${deep} } } }`);
    expect(tooDeep.body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
    const fine = await post(`{ stores(first: 10) { nodes { ${fields} } } }`);
    expect(fine.body.errors).toBeUndefined();
  });

  it('answers a malformed token with UNAUTHENTICATED and a bad query without internals', async () => {
    const res = await request(t.app).post('/graphql').set('authorization', 'Bearer nonsense').send({ query: '{ me { id } }' });
    expect(res.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const bad = await post('{ nope }');
    expect(bad.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(bad.body)).not.toMatch(/stacktrace|node_modules/);
  });
});
