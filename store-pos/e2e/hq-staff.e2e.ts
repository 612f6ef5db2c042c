// HQ's staff page in the browser: HQ creates a clerk with a PIN and enrols a counter tablet for their store; on
// that tablet (its own h.browser) the clerk picks their name and unlocks with the PIN.
import { expect, test } from 'vitest';
import { shot, tablet, tapKeys, useApiAndBrowser } from './browser';
import { hqScreen } from './hq';
import { storeByCode } from './shop';

const h = useApiAndBrowser();

test('the staff page opens on every store and lists their staff', async () => {
  const { context, page } = await hqScreen(h.browser, h.api.url, '员工');
  await page.getByRole('heading', { name: '员工与设备' }).waitFor();
  expect(await page.getByLabel('门店', { exact: true }).first().inputValue()).toBe('');
  // The demo clerk of SH-001 and HQ itself, with no store chosen.
  await page.getByTestId('staff-clerk.sh001').waitFor();
  await page.getByTestId('staff-hq').waitFor();
  expect(await page.getByRole('alert').count()).toBe(0);
  await shot(page, 'hq-staff-all-stores');
  await context.close();
});

test('HQ creates a clerk and enrols a tablet; the clerk unlocks it with their PIN', async () => {
  const store = await storeByCode(h.api, 'SH-002');
  const { context, page } = await hqScreen(h.browser, h.api.url, '员工');
  await page.getByRole('heading', { name: '员工与设备' }).waitFor();
  await page.getByLabel('门店', { exact: true }).first().selectOption(store.id);

  const form = page.getByRole('form', { name: '新建店员' });
  await form.getByLabel('用户名').fill('clerk.zhou');
  await form.getByLabel('姓名').fill('周小青');
  await form.getByLabel('初始密码（至少 10 位）').fill('zhou-password-1');
  await form.getByLabel('PIN（4–6 位数字，可不填）').fill('246810');
  await form.getByRole('button', { name: '新建店员' }).click();
  await page.getByRole('status').filter({ hasText: '已创建店员 clerk.zhou' }).waitFor();
  const row = page.getByTestId('staff-clerk.zhou');
  await expect.poll(() => row.innerText()).toContain('已设置');
  expect(await row.innerText()).toContain('SH-002');

  await page.getByLabel('设备名称').fill('收银台 2 号平板');
  await page.getByRole('button', { name: '登记设备' }).click();
  const link = await page.getByTestId('enroll-link').getAttribute('href');
  expect(link).toMatch(/\/pos\/enroll#lnd1_/);
  await expect.poll(() => page.getByTestId('devices').innerText()).toContain('收银台 2 号平板');
  await shot(page, 'hq-staff-enrolled');

  // The tablet at the store: open the link once, then the clerk unlocks.
  const counter = await tablet(h.browser, h.api.url);
  await counter.page.goto(link!);
  await counter.page.waitForURL('**/pos/unlock');
  // The only clerk with a PIN at this store is chosen already; with several, the clerk taps their name.
  await counter.page.getByText('周小青').first().waitFor();
  const name = counter.page.getByRole('button', { name: '周小青' });
  if (await name.isVisible()) await name.click();
  await tapKeys(counter.page, '246810');
  const unlock = counter.page.getByRole('button', { name: '解锁' });
  if (await unlock.isEnabled().catch(() => false)) await unlock.click().catch(() => undefined);
  await counter.page.waitForURL('**/pos/counter');
  await counter.page.getByText('SH-002').first().waitFor();
  await shot(counter.page, 'hq-staff-clerk-unlocked');
  await counter.context.close();

  // Back in the console, the device shows its last unlock.
  await page.reload();
  await page.getByLabel('门店', { exact: true }).first().selectOption(store.id);
  await expect.poll(async () => (await page.getByTestId('devices').locator('tbody tr').first().innerText()).includes('—')).toBe(false);
  await context.close();
});
