// The member code (一客一码): the shopper shows it on 我的, a clerk types its digits and the shopper becomes the
// store's member. The code is signed and short-lived, so it is never the shopper's id.
import { expect, inject, test } from 'vitest';
import { gql, phone, sharedBrowser, shopperToken, shot, visible } from './browser';

const browser = sharedBrowser();
const apiUrl = inject('apiUrl');

test('the shopper shows a member code on 我的 and a clerk signs them up with its digits', async () => {
  const { page } = await phone(browser());
  await page.goto(`${apiUrl}/m/`);
  await expect.poll(() => visible(page, 'store-name').textContent(), { timeout: 20_000 }).toBeTruthy();
  await page.locator('.weui-tabbar__item', { hasText: '我的' }).click();
  const token = await shopperToken(page);
  const { me } = await gql<{ me: { id: string } }>(apiUrl, '{ me { id } }', {}, token);
  await visible(page, 'member-code-toggle').click();
  const digits = visible(page, 'member-digits');
  await expect.poll(() => digits.textContent(), { timeout: 15_000 }).toMatch(/^[\d ]{18,}$/);
  const shown = (await digits.textContent())!.replace(/\s/g, '');
  expect(shown).not.toContain(me.id.replace(/-/g, ''));
  await shot(page, '6-01-member-code');

  const { loginStaff } = await gql<{ loginStaff: { token: string } }>(
    apiUrl,
    'mutation { loginStaff(username: "clerk.sh001", password: "linli-clerk-demo") { ... on AuthPayload { token } } }',
  );
  const bind = (code: string) =>
    gql<{ bindShopperToStore: { __typename: string } }>(
      apiUrl,
      'mutation ($code: String!) { bindShopperToStore(memberCode: $code) { __typename } }',
      { code },
      loginStaff.token,
    );
  // The shopper's id is not a member code; the digits on the screen are.
  await expect(bind(me.id)).resolves.toEqual({ bindShopperToStore: { __typename: 'MemberCodeNotFoundError' } });
  await expect(bind(shown)).resolves.toEqual({ bindShopperToStore: { __typename: 'HomeStoreBinding' } });
});
