// HQ's 付费会员: a plan made on the plans screen (月卡 ¥19.90, 30 天, 9.5 折, 积分 ×2) is listed on sale with its
// benefits; a shopper buys it through WeChat Pay (the sandbox); on the member's page HQ sees it running, presses 退款,
// is told what goes back before confirming, and the membership ends with exactly that refunded.
import { expect, test } from 'vitest';
import {
  BuyMembershipPlanDocument,
  IssueMemberCodeSecretDocument,
  MemberPaidMembershipDocument,
  MembershipPlansDocument,
} from '../../api/test/generated/graphql';
import { shot, useApiAndBrowser } from './browser';
import { sql } from './db';
import { hqScreen } from './hq';
import { DEMO_HQ, shopperToken, staffToken } from './shop';

const parts = useApiAndBrowser();

test('HQ makes a 付费会员 plan and sees it on sale with its benefits', async () => {
  const { api, browser } = parts;
  const { context, page } = await hqScreen(browser, api.url, '付费会员');
  await page.getByRole('heading', { name: '付费会员' }).waitFor();
  const form = page.getByRole('form', { name: '新建会员卡' });
  await form.getByLabel('名称').fill('月卡');
  await form.getByLabel('价格（元）').fill('19.9');
  await form.getByLabel('天数').fill('30');
  await form.getByLabel('会员价（折）').fill('9.5');
  await form.getByLabel('积分倍数').fill('2');
  await form.getByLabel('包邮门槛（元）').fill('29');
  await shot(page, 'hq-plans-01-form');
  await form.getByRole('button', { name: '创建' }).click();
  await page.getByRole('status').filter({ hasText: '「月卡」已保存' }).waitFor();
  const row = page.getByTestId('membership-plans').locator('tr', { hasText: '月卡' });
  await row.waitFor();
  await expect(row.locator('td').allInnerTexts()).resolves.toEqual([
    '月卡',
    '¥19.90',
    '30 天',
    '9.5 折 · 积分 ×2 · 满 ¥29.00 包邮',
    '在售',
    '编辑',
  ]);
  await row.scrollIntoViewIfNeeded();
  await shot(page, 'hq-plans-02-listed');
  await context.close();
});

test('HQ refunds a member’s running plan after being shown what it gives back', async () => {
  const { api, browser } = parts;
  const hqToken = await staffToken(api, DEMO_HQ);
  const { membershipPlans } = await api.ok(MembershipPlansDocument, {}, hqToken);
  const plan = membershipPlans.find((p) => p.name === '月卡');
  if (!plan) throw new Error('the first test makes 月卡 on the plans screen');
  const shopper = await shopperToken(api);
  const { buyMembershipPlan: bought } = await api.ok(BuyMembershipPlanDocument, { planId: plan.id }, shopper);
  if (bought.__typename !== 'MembershipPaymentParams') throw new Error(JSON.stringify(bought));
  await api.sandboxPay(bought.package.replace('prepay_id=', ''));
  const { issueMemberCodeSecret } = await api.ok(IssueMemberCodeSecretDocument, {}, shopper);
  const [{ shopper_id: shopperId } = { shopper_id: '' }] = await sql<{ shopper_id: string }>(
    api.dbName,
    `SELECT shopper_id FROM membership_purchase WHERE id = $1`,
    [bought.purchaseId],
  );
  const before = (await api.ok(MemberPaidMembershipDocument, { shopperId }, hqToken)).memberPaidMembership;
  expect(before.current?.planName).toBe('月卡');
  // A day begun counts as used, floored to the fen: at most 29 of 30 days of ¥19.90 go back.
  expect(before.refundableFen).toBeLessThanOrEqual(Math.floor((1990 * 29) / 30));
  expect(before.refundableFen).toBeGreaterThan(0);
  const amount = `¥${Math.floor(before.refundableFen / 100)}.${String(before.refundableFen % 100).padStart(2, '0')}`;

  const { context, page } = await hqScreen(browser, api.url, '会员');
  const search = page.getByRole('search');
  await search.getByLabel('手机尾号或会员码').fill(issueMemberCodeSecret.reference);
  await search.getByRole('button', { name: '查找' }).click();
  await page.getByTestId('members').locator('tbody tr').filter({ hasText: issueMemberCodeSecret.reference }).click();
  const paid = page.getByTestId('paid-membership');
  await paid.getByText(/有效至/).waitFor();
  await expect(paid.innerText()).resolves.toContain(`现在退款可退 ${amount}`);
  await shot(page, 'hq-plans-03-member');
  await paid.getByRole('button', { name: '退款' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.innerText()).resolves.toContain(`退还 ${amount}`);
  await shot(page, 'hq-plans-04-confirm');
  await dialog.getByRole('button', { name: `退款 ${amount}` }).click();
  await paid
    .getByRole('status')
    .filter({ hasText: `已退款 ${amount}，会员已结束` })
    .waitFor();
  await paid.getByText('当前没有生效的付费会员').waitFor();
  await shot(page, 'hq-plans-05-refunded');
  const after = (await api.ok(MemberPaidMembershipDocument, { shopperId }, hqToken)).memberPaidMembership;
  expect(after.current).toBeNull();
  expect(after.purchases[0]).toMatchObject({ state: 'REFUNDED', refundedFen: before.refundableFen });
  await context.close();
});
