// A promoter's share (card ?ref=, H5 link ?ref=, or a mini-program code whose scene starts with the promoter's code) binds
// the shopper to that promoter after sign-in; the API decides the window, refuses one's own link, and keeps an
// earlier promoter whose window is still open.
import Taro from '@tarojs/taro';
import { client } from '../api/app-client';
import { BindReferralAtLaunchDocument } from '../generated/graphql';

function launchReferralCode(): string | null {
  try {
    const query = (Taro.getLaunchOptionsSync?.().query ?? {}) as Record<string, string>;
    const url = process.env.TARO_ENV === 'h5' ? new URLSearchParams((globalThis as { location?: Location }).location?.search ?? '') : null;
    // A code's scene is `<ref>`, `<ref>.p.<product>` or `<ref>.s.<store>` (the API's share-scene.ts).
    const code = decodeURIComponent(query.ref ?? url?.get('ref') ?? query.scene ?? url?.get('scene') ?? '').split('.')[0]!;
    return /^[a-z0-9]{10}$/.test(code) ? code : null;
  } catch {
    return null;
  }
}

export async function bindReferralAtLaunch() {
  const code = launchReferralCode();
  if (code) await client.mutation(BindReferralAtLaunchDocument, { code }).toPromise();
}

export const OWN_CODE = 'linli.promoterCode';

/** The shopper's own promoter code once they have joined (推广中心 remembers it): the product page offers sharing. */
export function ownPromoterCode(): string | null {
  try {
    return (Taro.getStorageSync(OWN_CODE) as string) || null;
  } catch {
    return null;
  }
}
