// The shared tablet's lock screen: a wrong PIN says how many tries are left, the lock button and idle
// minutes both return to it, and the ended session no longer works; a session ended elsewhere returns the tablet
// to signing in.
import { expect, test } from 'vitest';
import { MeDocument, SignOutDocument } from '../../api/test/generated/graphql';
import { enrollTablet, shot, signIn, tablet, tapKeys, useApiAndBrowser } from './browser';
import { sql } from './db';
import { recordSockets } from './sockets';
import { DEMO_CLERK, DEMO_DEVICE, ordersUntilSessionEndSeen, shopperToken, skuInStock, storeByCode } from './shop';

const h = useApiAndBrowser();

test('a wrong PIN is refused with the tries left; the right one unlocks; locking ends the session', async () => {
  const { page } = await tablet(h.browser, h.api.url);
  await enrollTablet(page, DEMO_DEVICE.token);
  // The pad shows a dot per digit typed (four open ones to start), never six for a four-digit PIN.
  const dots = page.getByTestId('pin-dots').locator('.dot');
  await dots.first().waitFor();
  expect(await dots.count()).toBe(4);
  await tapKeys(page, '99');
  expect(await page.getByTestId('pin-dots').locator('.dot-on').count()).toBe(2);
  expect(await dots.count()).toBe(4);
  await tapKeys(page, '99');
  expect(await page.getByTestId('pin-dots').locator('.dot-on').count()).toBe(4);
  expect(await dots.count()).toBe(4);
  await shot(page, 'unlock-four-digits');
  await page.getByRole('button', { name: '解锁' }).click();
  await page
    .getByRole('alert')
    .filter({ hasText: /PIN 不对，还可以试 \d+ 次/ })
    .waitFor();
  await shot(page, 'unlock-wrong-pin');
  await tapKeys(page, DEMO_DEVICE.pin);
  await page.keyboard.press('Enter');
  await page.waitForURL('**/pos/counter');
  const token = await page.evaluate(() => JSON.parse(sessionStorage.getItem('linli.pos.session')!).token as string);
  expect((await h.api.ok(MeDocument, {}, token)).me).toMatchObject({ role: 'CLERK' });
  await page.getByRole('button', { name: '锁屏' }).click();
  await page.waitForURL('**/pos/unlock');
  await expect.poll(async () => (await h.api.gql(MeDocument, {}, token)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
});

test('the tablet locks itself after idle minutes, the live queue later', async () => {
  // Two tablets idle side by side: one on the live queue, one on the counter. When the counter one has locked,
  // the queue one, idle longer, is still open; it locks too once its clerk leaves the queue.
  const unlocked = async () => {
    const { page } = await tablet(h.browser, h.api.url);
    await page.goto('/pos/login');
    await page.evaluate(() => localStorage.setItem('linli.pos.idleMs', '2000'));
    await enrollTablet(page, DEMO_DEVICE.token);
    await tapKeys(page, DEMO_DEVICE.pin);
    return page;
  };
  const [queue, counter] = await Promise.all([unlocked(), unlocked()]);
  await queue.getByRole('button', { name: '解锁' }).click();
  await queue.waitForURL('**/pos/counter');
  await queue.getByRole('link', { name: '订单' }).click();
  await queue.waitForURL('**/pos/queue');
  await counter.getByRole('button', { name: '解锁' }).click();
  await counter.waitForURL('**/pos/counter');
  await counter.waitForURL('**/pos/unlock', { timeout: 15_000 });
  expect(queue.url()).toContain('/pos/queue');
  await queue.getByRole('link', { name: '核销' }).click();
  await queue.waitForURL('**/pos/unlock', { timeout: 15_000 });
  await shot(queue, 'unlock-after-idle');
});

test('the lock screen opened while the API cannot be reached shows the fault and fills in by itself later', async () => {
  const { page } = await tablet(h.browser, h.api.url);
  await enrollTablet(page, DEMO_DEVICE.token);
  await tapKeys(page, DEMO_DEVICE.pin);
  await page.getByRole('button', { name: '解锁' }).click();
  await page.waitForURL('**/pos/counter');
  // The shop's network drops the lock screen's question (a redeploy or a dead router looks the same to the tablet).
  const away = '**/graphql';
  await page.route(away, (route) =>
    route.request().postData()?.includes('LockScreen') ? route.abort('connectionrefused') : route.continue(),
  );
  await page.getByRole('button', { name: '锁屏' }).click();
  await page.waitForURL('**/pos/unlock');
  await page.getByRole('button', { name: '重试' }).waitFor();
  await shot(page, 'unlock-api-away');
  await page.unroute(away);
  // Nobody taps 重试: the screen asks again by itself, and the one clerk with a PIN gets the keypad.
  await page.getByRole('group', { name: 'keypad' }).waitFor({ timeout: 20_000 });
});

test('a session ended elsewhere closes the live feed and returns the clerk to sign in, saying why', async () => {
  const { page } = await tablet(h.browser, h.api.url);
  await signIn(page, DEMO_CLERK);
  await page.waitForURL('**/pos/counter');
  const store = await storeByCode(h.api, 'SH-001');
  await sql(h.api.dbName, `UPDATE store_hours SET opens_min = 0, closes_min = 1440 WHERE store_id = $1`, [store.id]);
  await sql(h.api.dbName, `DELETE FROM store_hours_exception WHERE store_id = $1`, [store.id]);
  const sku = await skuInStock(h.api, store.id);
  await sql(h.api.dbName, `UPDATE store_stock SET on_hand = reserved + 100 WHERE store_id = $1 AND sku_id = $2`, [store.id, sku]);
  const shopper = await shopperToken(h.api);
  const token = await page.evaluate(() => JSON.parse(sessionStorage.getItem('linli.pos.session')!).token as string);
  await h.api.ok(SignOutDocument, {}, token);
  await ordersUntilSessionEndSeen(page, h.api, { storeId: store.id, skuId: sku, shopper }, '/pos/counter', /\/pos\/login$/);
  await page.getByTestId('session-ended').filter({ hasText: '登录已失效，请重新登录' }).waitFor();
  await page.getByLabel('用户名').waitFor();
  await shot(page, 'signin-after-session-ended');
});

test('a tablet whose session ended before the API went away stops reconnecting and asks for the PIN, saying why', async () => {
  const { page } = await tablet(h.browser, h.api.url);
  const sockets = await recordSockets(page);
  await enrollTablet(page, DEMO_DEVICE.token);
  await tapKeys(page, DEMO_DEVICE.pin);
  await page.getByRole('button', { name: '解锁' }).click();
  await page.waitForURL('**/pos/counter');
  const token = await page.evaluate(() => JSON.parse(sessionStorage.getItem('linli.pos.session')!).token as string);
  // Signed out elsewhere while no event came (the feed does not know yet), then the API goes away (a redeploy):
  // when it is back, the reconnect is refused (4403), and retrying could never succeed.
  await h.api.ok(SignOutDocument, {}, token);
  await h.api.stop();
  // Whether the feed had connected before the API went away (then the offline banner shows), had not yet (it keeps
  // trying), or heard of the ended session first from a late event (4401): once the API is back, the tablet must end
  // at the PIN with the reason, and not keep reconnecting with a token that can never work.
  await h.api.launch();
  await page.waitForURL('**/pos/unlock', { timeout: 20_000 }).catch(async (e: Error) => {
    throw new Error(`${e.message}\nat ${page.url()}; the page's sockets:\n${await sockets()}\nthe API said:\n${h.api.output}`);
  });
  await page.getByTestId('session-ended').filter({ hasText: '登录已失效，请重新登录' }).waitFor();
  await page.getByRole('group', { name: 'keypad' }).waitFor();
  await shot(page, 'unlock-after-session-ended');
});
