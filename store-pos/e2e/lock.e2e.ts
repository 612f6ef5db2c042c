// The shared tablet's lock screen: a wrong PIN says how many tries are left, the lock button and idle
// minutes both return to it, and the ended session no longer works.
import { expect, test } from 'vitest';
import { MeDocument } from '../../api/test/generated/graphql';
import { enrollTablet, shot, tablet, tapKeys, useApiAndBrowser } from './browser';
import { DEMO_DEVICE } from './shop';

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
