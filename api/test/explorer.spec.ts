// The GraphQL explorer at /graphql works with no internet: GraphiQL, React and the styles all come from the API
// itself, and a real browser that may reach nothing else renders it and runs a query.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM helper shared with the apps' browser tests
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';
import { startTestApp, type TestApp } from './harness';

const SCREENSHOTS = path.resolve(__dirname, 'screenshots');

describe('GraphQL explorer', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('is a page whose scripts and styles are all served by the API', async () => {
    const res = await request(t.app).get('/graphql').set('accept', 'text/html,application/xhtml+xml,*/*;q=0.8');
    expect(res.status).toBe(200);
    expect(res.type).toBe('text/html');
    const refs = [...res.text.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThanOrEqual(4);
    for (const ref of refs) {
      expect(ref, 'a path on this server, not another host').toMatch(/^\/[^/]/);
      const asset = await request(t.app).get(ref);
      expect(asset.status, ref).toBe(200);
      expect(Number(asset.headers['content-length']), ref).toBeGreaterThan(10_000);
    }
    expect(res.text).not.toMatch(/https?:\/\/|\/\/[a-z]/i);
  });

  it('leaves GraphQL over GET and POST to the API', async () => {
    const get = await request(t.app)
      .get('/graphql')
      .query({ query: '{ __typename }' })
      .set('accept', 'application/json')
      .set('apollo-require-preflight', 'true');
    expect(get.body).toEqual({ data: { __typename: 'Query' } });
    const post = await request(t.app).post('/graphql').set('content-type', 'application/json').send({ query: '{ __typename }' });
    expect(post.body).toEqual({ data: { __typename: 'Query' } });
  });

  it('renders in a browser that can reach nothing but the API, and runs a query', async () => {
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH as string, args: CHROMIUM_ARGS as string[] });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const elsewhere: string[] = [];
      await page.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith(t.baseUrl) || url.startsWith(t.baseUrl.replace(/^http/, 'ws'))) return route.continue();
        elsewhere.push(url);
        return route.abort();
      });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${t.baseUrl}/graphql`);
      await page.locator('.graphiql-query-editor').getByText('nearbyStores').first().waitFor();
      await page.locator('.graphiql-execute-button').click();
      await page.locator('.graphiql-response').getByText('"nearbyStores"').waitFor();
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: path.join(SCREENSHOTS, 'explorer.png') });
      expect(elsewhere).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 90_000);
});
