// A promoter's shares: the weapp card path, the H5 link and the mini-program code (小程序码) of a product or a
// store, the code's image made by the provider once per promoter and target, and what a scanned scene opens.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../../common/config';
import { badUserInput } from '../../common/errors';
import { UUID } from '../../common/sql';
import { Role, type Viewer } from '../../common/viewer';
import { promoterBy, promoterOfShopper, type PromoterRow } from './referral.repository';
import { ReferralError, ReferralRefusal } from './referral.types';
import { productRef, storeRef } from './share.repository';
import { parseScene, scenePage, shareScene, type ShareTarget } from './share-scene';
import { WxacodeError, type WxacodeImage, type WxacodeProvider } from './wxacode-provider';
import { clusterOfStore } from '../store/store-cluster';

export interface ShareCodeDeps {
  config: Pick<Config, 'publicUrl'>;
  wxacodes: WxacodeProvider;
}

export class ShareCodeService {
  constructor(
    private readonly em: EntityManager,
    private readonly deps: ShareCodeDeps,
  ) {}

  private async mine(viewer: Viewer): Promise<PromoterRow | undefined> {
    // A clerk's linked shopper account shares as their 导购.
    if (viewer.role === Role.SHOPPER) return promoterOfShopper(this.em, viewer.shopperId);
    if (viewer.role === Role.CLERK) return promoterBy(this.em, { staffId: viewer.staffId });
    return undefined;
  }

  /** The viewer's share of a product, or of a store (a clerk's own store when none is named). */
  async shareCode(viewer: Viewer, input: { productId?: string | null; storeId?: string | null }) {
    const promoter = await this.mine(viewer);
    if (!promoter || promoter.state !== 'ACTIVE') return ReferralError.of(ReferralRefusal.PROMOTER_NOT_FOUND, 'Join as a promoter first');
    const { publicUrl } = this.deps.config;
    const ref = promoter.code;
    if (input.productId) {
      if (!UUID.test(input.productId)) throw badUserInput('Not an id', 'productId');
      const product = await productRef(this.em, { id: input.productId });
      const scene = product && shareScene(ref, { kind: 'PRODUCT', productCode: product.code });
      if (!product || !scene) return ReferralError.of(ReferralRefusal.SHARE_UNAVAILABLE, 'This product cannot be shared');
      const page = `pages/product/index?id=${product.id}&ref=${ref}`;
      return { scene, path: `/${page}`, link: `${publicUrl}/m/?ref=${ref}#/${page}`, imageUrl: imageUrl(publicUrl, scene) };
    }
    const storeId = input.storeId ?? (viewer.role === Role.CLERK ? viewer.storeId : null);
    if (!storeId || !UUID.test(storeId)) throw badUserInput('Name a product or a store', 'storeId');
    const cluster = await clusterOfStore(this.em, storeId);
    const store = cluster && (await storeRef(this.em, { id: storeId, clusterId: cluster }));
    const scene = store && shareScene(ref, { kind: 'STORE', storeCode: store.code });
    if (!store || !scene) return ReferralError.of(ReferralRefusal.SHARE_UNAVAILABLE, 'This store cannot be shared');
    // scene=<store code> is how the home page is opened at a store (一客一码's store QR).
    return {
      scene,
      path: `/pages/home/index?ref=${ref}&scene=${store.code}`,
      link: `${publicUrl}/m/?ref=${ref}&scene=${store.code}#/pages/home/index`,
      imageUrl: imageUrl(publicUrl, scene),
    };
  }

  /** What a scanned scene opens: only a live promoter's share of a product or store that exists. */
  async resolve(scene: string): Promise<{ promoter: PromoterRow; target: ShareTarget | null; productId: string | null } | undefined> {
    const parsed = parseScene(scene);
    const promoter = parsed && (await promoterBy(this.em, { code: parsed.promoterCode }));
    if (!parsed || !promoter || promoter.state !== 'ACTIVE') return undefined;
    const { target } = parsed;
    if (!target) return { promoter, target, productId: null };
    if (target.kind === 'PRODUCT') {
      const product = await productRef(this.em, { code: target.productCode });
      return product ? { promoter, target, productId: product.id } : undefined;
    }
    return (await storeRef(this.em, { code: target.storeCode })) ? { promoter, target, productId: null } : undefined;
  }

  async scene(scene: string) {
    const found = await this.resolve(scene);
    if (!found) return null;
    return {
      promoterCode: found.promoter.code,
      productId: found.productId,
      storeCode: found.target?.kind === 'STORE' ? found.target.storeCode : null,
    };
  }

  /** The code's image, from the cache or WeChat; undefined for a scene that names no live share. */
  async image(scene: string): Promise<WxacodeImage | undefined | WxacodeError> {
    const found = await this.resolve(scene);
    if (!found?.target) return undefined;
    try {
      return await this.deps.wxacodes.unlimited({ scene, page: scenePage(found.target), width: 430 });
    } catch (err) {
      if (err instanceof WxacodeError) return err;
      throw err;
    }
  }
}

function imageUrl(publicUrl: string, scene: string): string {
  return `${publicUrl}/referral/wxacode/${encodeURIComponent(scene)}`;
}
