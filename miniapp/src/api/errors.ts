// Every refusal the API can give, turned into plain words and the next step it offers. Screens show what
// this returns; none of them reads an errorCode itself.
import { distance } from '../lib/format';
import { money } from '../lib/money';
import { refusalReason, t } from '../strings';

export type NextStep =
  | { kind: 'SWITCH_TO_PICKUP'; storeId: string; storeName: string }
  | { kind: 'SWITCH_STORE'; storeId: string; storeName: string }
  | { kind: 'FIX_CART'; available: { skuId: string; available: number }[] }
  | { kind: 'ACCEPT_PRICES'; totalFen: number; prices: { skuId: string; unitPriceFen: number }[] }
  | { kind: 'ADD_MORE'; missingFen: number }
  | { kind: 'CHOOSE_SLOT'; startsAt: string }
  | { kind: 'NEW_CART' }
  | { kind: 'RETRY' }
  | { kind: 'SIGN_IN' };

export interface Refusal {
  title: string;
  detail?: string;
  action?: { label: string; step: NextStep };
}

interface Candidate {
  distanceM: number;
  reasons: string[];
  store: { id: string; name: string; capabilities?: string[] };
  shortLines?: { skuId: string; requested: number; available: number }[];
}

/** The refusal union members a checkout or a quote can return (fields as RefusalFields asks). */
export interface RefusalLike {
  __typename?: string;
  errorCode: string;
  message: string;
  candidates?: Candidate[];
  shortLines?: {
    skuId: string;
    requested: number;
    availableAt: { available: number; distanceM: number; store: { id: string; name: string } }[];
  }[];
  lines?: { skuId: string; requested?: number; available?: number; unitPriceFen?: number }[];
  totalFen?: number;
  minimumFen?: number;
  goodsFen?: number;
  problem?: string;
  /** FlashSaleUnavailableError's problem (aliased: PickupSlotUnavailableError's problem is another enum). */
  flashProblem?: string;
  nextSlots?: { startsAt: string; label: string }[];
}

export const describeRefusal = (r: RefusalLike, fulfilment: 'DELIVERY' | 'PICKUP'): Refusal => {
  switch (r.errorCode) {
    case 'NO_STORE_AVAILABLE':
      return noStore(r, fulfilment);
    case 'OUT_OF_STOCK':
    case 'INSUFFICIENT_STOCK': {
      const available = (r.lines ?? []).map((l) => ({ skuId: l.skuId, available: l.available ?? 0 }));
      return {
        title: '有商品刚刚卖完了',
        detail: '门店库存有变化，我们已按现有库存调整购物车。',
        action: { label: '按库存调整', step: { kind: 'FIX_CART', available } },
      };
    }
    case 'PRICE_CHANGED': {
      const prices = (r.lines ?? []).map((l) => ({ skuId: l.skuId, unitPriceFen: l.unitPriceFen ?? 0 }));
      return {
        title: '价格有更新',
        detail: `最新应付 ${money(r.totalFen ?? 0)}，确认后按新价格下单。`,
        action: { label: `按 ${money(r.totalFen ?? 0)} 下单`, step: { kind: 'ACCEPT_PRICES', totalFen: r.totalFen ?? 0, prices } },
      };
    }
    case 'BELOW_MINIMUM_ORDER': {
      const missing = (r.minimumFen ?? 0) - (r.goodsFen ?? 0);
      return {
        title: `还差 ${money(missing)} 起送`,
        detail: `本店外卖 ${money(r.minimumFen ?? 0)} 起送，可以再选点商品，或改为到店自取。`,
        action: { label: '再去逛逛', step: { kind: 'ADD_MORE', missingFen: missing } },
      };
    }
    case 'CHECKOUT_SPANS_CLUSTERS':
      return { title: '这些商品要从两个城市的门店发货', detail: '一笔订单只能由同一城市的门店配送，请分开下单，或改为到店自取。' };
    case 'PICKUP_SLOT_UNAVAILABLE': {
      if (r.problem === 'UNPAID_PLACE_HELD') return { title: '这个时段您已有待支付的订单', detail: '请先支付或取消那笔订单，再下新单。' };
      const next = r.nextSlots?.[0];
      const title = r.problem === 'FULL' ? '这个时段已约满' : '这个时段来不及备货了';
      if (!next) return { title, detail: '今天的自取时段都约满了，可以选“尽快”或明天再来。' };
      return {
        title,
        detail: `最近可选 ${next.label}，改选这个时段？`,
        action: { label: `改选 ${next.label}`, step: { kind: 'CHOOSE_SLOT', startsAt: next.startsAt } },
      };
    }
    case 'FLASH_SALE_UNAVAILABLE':
      return {
        title:
          r.flashProblem === 'LIMIT_REACHED'
            ? '已达限购数量'
            : r.flashProblem === 'SOLD_OUT'
              ? '手慢了，已抢光'
              : r.flashProblem === 'BUSY'
                ? '抢的人太多了'
                : '这个秒杀现在买不了',
        detail:
          r.flashProblem === 'LIMIT_REACHED'
            ? '每人限购，可以看看其他秒杀商品。'
            : r.flashProblem === 'BUSY'
              ? '还有货，稍等几秒再点一次。'
              : r.message,
      };
    case 'COUPON_NOT_USABLE':
      return { title: '这张优惠券用不了', detail: `${r.message}。可以换一张，或不用券下单。` };
    case 'IDEMPOTENCY_KEY_REUSED':
      return { title: '购物车有变化', detail: '请重新提交订单。', action: { label: '重新提交', step: { kind: 'NEW_CART' } } };
    case 'UNKNOWN_SKU':
      return { title: '有商品已下架', detail: '请从购物车移除后再下单。' };
    case 'STORE_NOT_FOUND':
      return { title: '这家门店暂时无法下单', detail: '请换一家附近的门店。' };
    case 'CHECKOUT_NOT_FOUND':
      return { title: '订单不存在', detail: '请返回购物车重新下单。' };
    case 'PAYMENT_UNAVAILABLE':
      return { title: '支付暂时不可用', detail: '请稍后再试。', action: { label: t.common.retry, step: { kind: 'RETRY' } } };
    case 'INVALID_TRANSITION':
      return { title: '订单状态已变化', detail: '门店可能已经接单，请刷新看看最新状态。' };
    case 'ORDER_NOT_FOUND':
      return { title: '找不到这笔订单' };
    case 'REFUND_NOT_ALLOWED':
      return { title: '这笔订单暂时不能退款', detail: '请联系门店处理。' };
    case 'WECHAT_LOGIN_FAILED':
      return { title: '微信登录失败', detail: '请稍后重试。', action: { label: t.common.retry, step: { kind: 'SIGN_IN' } } };
    default:
      if (r.errorCode === 'NOT_PAYABLE' || /PAYABLE/.test(r.errorCode))
        return { title: '订单已超时或已支付', detail: '请在订单列表查看。' };
      return { title: t.common.unknownError, detail: r.message };
  }
};

function noStore(r: RefusalLike, fulfilment: 'DELIVERY' | 'PICKUP'): Refusal {
  const candidates = r.candidates ?? [];
  if (fulfilment === 'DELIVERY') {
    // Out of every zone: the nearest store that could hand the cart over at its counter instead.
    const pickup = candidates
      .filter(
        (c) => c.reasons.every((x) => x === 'OUT_OF_ZONE' || x === 'NO_DELIVERY') && (c.store.capabilities?.includes('PICKUP') ?? true),
      )
      .sort((a, b) => a.distanceM - b.distanceM)[0];
    if (pickup) {
      return {
        title: '你的地址不在配送范围内',
        detail: `${pickup.store.name} ${distance(pickup.distanceM)} 可自取，改为自取？`,
        action: { label: '改为自取', step: { kind: 'SWITCH_TO_PICKUP', storeId: pickup.store.id, storeName: pickup.store.name } },
      };
    }
  }
  // Someone nearby has everything: offer that store.
  const whole = candidates.filter((c) => c.reasons.length === 0).sort((a, b) => a.distanceM - b.distanceM)[0];
  if (whole) {
    return {
      title: '当前门店无法接单',
      detail: `${whole.store.name} ${distance(whole.distanceM)} 可以接单，换到这家？`,
      action: { label: '换这家门店', step: { kind: 'SWITCH_STORE', storeId: whole.store.id, storeName: whole.store.name } },
    };
  }
  const short = r.shortLines?.[0]?.availableAt?.slice().sort((a, b) => a.distanceM - b.distanceM)[0];
  if (short) {
    return {
      title: '有商品在附近门店缺货',
      detail: `${short.store.name} ${distance(short.distanceM)} 有货，换到这家？`,
      action: { label: '换这家门店', step: { kind: 'SWITCH_STORE', storeId: short.store.id, storeName: short.store.name } },
    };
  }
  const reasons = [...new Set(candidates.flatMap((c) => c.reasons))].map((x) => refusalReason[x] ?? x);
  return { title: '附近门店暂时无法接单', detail: reasons.length ? `原因：${reasons.join('、')}` : '换个时间或地址再试试。' };
}

/** Transport and GraphQL faults (not business refusals). */
export function describeFault(
  error: { networkError?: unknown; graphQLErrors?: { extensions?: Record<string, unknown> }[] } | undefined,
): Refusal {
  if (!error) return { title: t.common.unknownError };
  if (error.graphQLErrors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED'))
    return { title: t.common.signInAgain, action: { label: t.common.retry, step: { kind: 'SIGN_IN' } } };
  if (error.networkError) return { title: t.common.networkError, action: { label: t.common.retry, step: { kind: 'RETRY' } } };
  return { title: t.common.unknownError, action: { label: t.common.retry, step: { kind: 'RETRY' } } };
}
