// HQ's view of members: the list (search by phone tail or member reference, filter by level) and one member's
// timeline across orders, refunds, points, coupons and level changes.
import type { EntityManager } from '@mikro-orm/postgresql';
import { badUserInput } from '../../common/errors';
import { decodeCursor, toPage, type Page } from '../../common/pagination';
import { UUID } from '../../common/sql';
import type { LevelBook } from './level-book';
import { levelFor, type LevelTerms } from './levels';
import { MEMBER_REFERENCE_DIGITS } from './member-code';
import {
  clerkDiscountedLines,
  growthHistory,
  searchMembers,
  shopperExists,
  timelineOf,
  type ClerkDiscountedLine,
  type MemberRow,
  type TimelineRow,
} from './member-admin.repository';
import { staffById } from '../auth/staff.repository';
import { clerkDiscountNotes } from '../pricing/clerk-discount';
import { yuan } from '../pricing/yuan';
import { MemberSummary, MemberTimelineEntry } from './member-level.types';

type Cursor = { at: string; id: string };
const isCursor = (v: unknown): v is Cursor =>
  typeof v === 'object' && v !== null && typeof (v as Cursor).at === 'string' && UUID.test(String((v as Cursor).id));

/** 138****8000: HQ finds a member by the last digits and never needs the whole number on screen. */
export function maskPhone(phone: string | null): string | null {
  if (!phone) return null;
  return phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : phone;
}

export class MemberAdminService {
  constructor(
    private readonly em: EntityManager,
    private readonly book: LevelBook,
  ) {}

  async list(a: { search?: string | null; levelId?: string | null; first: number; after?: string | null }): Promise<Page<MemberSummary>> {
    const text = (a.search ?? '').replace(/\s/g, '');
    if (text && !/^\d{4,11}$/.test(text))
      throw badUserInput('Search by the last 4 to 11 digits of a phone, or a 10-digit member reference', 'search');
    const levels = await this.book.levels(this.em, true);
    let band: { min: number | null; max: number | null } = { min: null, max: null };
    if (a.levelId) {
      const level = levels.find((l) => l.id === a.levelId);
      if (!level) throw badUserInput('No such level', 'levelId');
      const above = levels.filter((l) => l.growthThreshold > level.growthThreshold).map((l) => l.growthThreshold);
      band = { min: level.growthThreshold, max: above.length ? Math.min(...above) : null };
    }
    const after = decodeCursor(a.after, isCursor) ?? null;
    const found = await searchMembers(this.em, {
      reference: text.length === MEMBER_REFERENCE_DIGITS ? text : null,
      phoneTail: text || null,
      growthMin: band.min,
      growthMax: band.max,
      after,
      limit: a.first + 1,
    });
    return toPage(
      found.map((r) => toSummary(r, levels)),
      a.first,
      (m) => ({ at: m.joinedAt.toISOString(), id: m.shopperId }),
    );
  }

  async timeline(shopperId: string): Promise<MemberTimelineEntry[]> {
    if (!UUID.test(shopperId) || !(await shopperExists(this.em, shopperId))) throw badUserInput('No such member', 'shopperId');
    const levels = await this.book.levels(this.em, true);
    const rows = await timelineOf(this.em, shopperId);
    const entries = [
      ...rows.map(toEntry),
      ...(await this.clerkDiscounts(rows)),
      ...levelChanges(await growthHistory(this.em, shopperId), levels),
    ];
    return entries.sort((x, y) => y.at.getTime() - x.at.getTime() || x.kind.localeCompare(y.kind)).slice(0, 100);
  }

  /** Counter sales' 改价 and 整单折扣, each beside its order: which clerk, on what, from what to what. */
  private async clerkDiscounts(rows: readonly TimelineRow[]): Promise<MemberTimelineEntry[]> {
    const sales = new Map(rows.filter((r) => r.kind === 'ORDER' && r.sub === 'COUNTER').map((r) => [r.order_id!, r]));
    const byOrder = new Map<string, ClerkDiscountedLine[]>();
    for (const l of await clerkDiscountedLines(this.em, [...sales.keys()]))
      byOrder.set(l.order_id, [...(byOrder.get(l.order_id) ?? []), l]);
    const names = new Map<string, string>();
    const entries: MemberTimelineEntry[] = [];
    for (const [orderId, lines] of byOrder) {
      const notes = clerkDiscountNotes(
        lines.map((l) => ({
          skuId: l.sku_id,
          name: l.name,
          unitPriceFen: l.unit_price_fen,
          quantity: l.quantity,
          adjustments: l.adjustments,
        })),
      );
      for (const n of notes) {
        if (n.staffId && UUID.test(n.staffId) && !names.has(n.staffId))
          names.set(n.staffId, (await staffById(this.em, n.staffId))?.displayName ?? '');
        const who = (n.staffId && names.get(n.staffId)) || '店员';
        const what =
          n.kind === 'CLERK_PRICE' ? `${n.name} ${yuan(n.fromFen)}→${yuan(n.toFen)} ×${n.quantity}` : `${yuan(n.fromFen)}→${yuan(n.toFen)}`;
        entries.push(
          Object.assign(new MemberTimelineEntry(), {
            at: new Date(sales.get(orderId)!.at),
            kind: 'CLERK_DISCOUNT',
            title: `${n.kind === 'CLERK_PRICE' ? '改价' : '整单折扣'} · ${who}：${what}`,
            amountFen: -n.amountFen,
            points: null,
            orderId,
          }),
        );
      }
    }
    return entries;
  }
}

function toSummary(r: MemberRow, levels: readonly LevelTerms[]): MemberSummary {
  const growth = Number(r.growth);
  return Object.assign(new MemberSummary(), {
    shopperId: r.id,
    reference: r.reference,
    phone: maskPhone(r.phone),
    levelName: levelFor(levels, growth)?.name ?? null,
    growth,
    points: Number(r.points),
    orders: Number(r.orders),
    lastOrderAt: r.last_order_at ? new Date(r.last_order_at) : null,
    homeStoreName: r.home_store_name,
    joinedAt: new Date(r.created_at),
  });
}

const FULFILMENT: Record<string, string> = { PICKUP: '自提', DELIVERY: '外卖', COUNTER: '门店收银' };
const POINTS: Record<string, string> = { AWARD: '获得积分', REVERSAL: '退款扣回积分', REDEEM: '积分抵扣', RETURN: '退款退回积分' };
const COUPON: Record<string, string> = {
  CLAIMED: '领取',
  MONTHLY: '每月会员券',
  BIRTHDAY: '生日券',
  NEW_SHOPPER: '新人券',
  AFTER_PURCHASE: '购后赠券',
  HQ: '总部发券',
  USED: '使用',
};

function toEntry(r: TimelineRow): MemberTimelineEntry {
  const title =
    r.kind === 'ORDER'
      ? `${FULFILMENT[r.sub] ?? r.sub}订单 · ${r.name}`
      : r.kind === 'REFUND'
        ? `退款 · ${r.name}${r.sub === 'SUCCEEDED' ? '' : r.sub === 'FAILED' ? '（失败）' : '（处理中）'}`
        : r.kind === 'POINTS'
          ? (POINTS[r.sub] ?? r.sub)
          : `${COUPON[r.sub] ?? r.sub} · ${r.name}`;
  return Object.assign(new MemberTimelineEntry(), {
    at: new Date(r.at),
    kind: r.kind,
    title,
    amountFen: r.amount_fen,
    points: r.points,
    orderId: r.order_id,
  });
}

/** Each growth entry that moved the member onto another level (under today's thresholds). */
export function levelChanges(history: readonly { at: Date; growth: number }[], levels: readonly LevelTerms[]): MemberTimelineEntry[] {
  const out: MemberTimelineEntry[] = [];
  let growth = 0;
  let level = levelFor(levels, 0);
  for (const h of history) {
    growth += h.growth;
    const now = levelFor(levels, growth);
    if (now?.id !== level?.id) {
      const up = (now?.growthThreshold ?? -1) > (level?.growthThreshold ?? -1);
      out.push(
        Object.assign(new MemberTimelineEntry(), {
          at: new Date(h.at),
          kind: 'LEVEL',
          title: now ? `${up ? '升级为' : '降为'}${now.name}` : '不再是会员等级',
          amountFen: null,
          points: null,
          orderId: null,
        }),
      );
      level = now;
    }
  }
  return out;
}
