// What the shopper accepted in wx.requestSubscribeMessage, and which templates to ask for.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../common/clock';
import type { Config } from '../../common/config';
import { Role } from '../auth/auth.entity';
import type { Viewer } from '../../common/viewer';
import type { SubscribeTemplateName } from '../../common/order-state';
import { recordAcceptances, unusedAcceptances } from './subscriptions.repository';

/** Unused acceptances kept per template: WeChat itself caps what one tap grants; this only bounds the table. */
const MAX_UNUSED = 50;

export const TEMPLATES: readonly SubscribeTemplateName[] = ['ORDER_READY', 'OUT_FOR_DELIVERY', 'ORDER_REFUNDED', 'COUPON_EXPIRING'];

export class SubscriptionService {
  constructor(
    private readonly em: EntityManager,
    private readonly config: Pick<Config, 'shop'>,
    private readonly clock: Clock,
  ) {}

  async templates(viewer: Viewer): Promise<{ template: SubscribeTemplateName; templateId: string; remaining: number }[]> {
    const unused = viewer.role === Role.SHOPPER ? await unusedAcceptances(this.em, viewer.shopperId) : new Map<string, number>();
    return TEMPLATES.map((template) => ({
      template,
      templateId: this.config.shop.subscribeTemplateIds[template],
      remaining: unused.get(template) ?? 0,
    }));
  }

  async accept(viewer: Viewer & { shopperId: string }, templates: SubscribeTemplateName[]) {
    await recordAcceptances(this.em, viewer.shopperId, [...new Set(templates)], this.clock.now(), MAX_UNUSED);
    return this.templates(viewer);
  }
}
