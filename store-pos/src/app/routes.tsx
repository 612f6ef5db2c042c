// The route table, shared by the counter pages and the HQ console. Add a screen here: its path, who may
// open it, and (optionally) its place in the side navigation. Pages load lazily, so HQ's heavier screens
// never slow the counter down.
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { StaffRole } from '../graphql/session';
import { hq } from '../hq-strings';
import { t } from '../strings';

export interface RouteDef {
  path: string;
  roles: StaffRole[];
  page: LazyExoticComponent<ComponentType>;
  /** Shown in the side navigation with this label and glyph. */
  nav?: { label: string; icon: string };
}

/** Counter pages for clerks of one store. */
export const clerkRoutes: RouteDef[] = [
  { path: 'sale', roles: ['CLERK'], page: lazy(() => import('../pages/sale')), nav: { label: t.nav.sale, icon: '¥' } },
  { path: 'refund', roles: ['CLERK'], page: lazy(() => import('../pages/refund')), nav: { label: t.nav.refund, icon: '↺' } },
  { path: 'counter', roles: ['CLERK'], page: lazy(() => import('../pages/counter')), nav: { label: t.nav.counter, icon: '⌨' } },
  { path: 'queue', roles: ['CLERK'], page: lazy(() => import('../pages/queue')), nav: { label: t.nav.queue, icon: '☰' } },
  { path: 'members', roles: ['CLERK'], page: lazy(() => import('../pages/members')), nav: { label: t.nav.members, icon: '☺' } },
  { path: 'stock', roles: ['CLERK'], page: lazy(() => import('../pages/stock')), nav: { label: t.nav.stock, icon: '▦' } },
  { path: 'today', roles: ['CLERK'], page: lazy(() => import('../pages/today')), nav: { label: t.nav.today, icon: '◷' } },
  { path: 'daogou', roles: ['CLERK'], page: lazy(() => import('../pages/daogou')), nav: { label: t.nav.daogou, icon: '★' } },
  { path: 'print/:orderId', roles: ['CLERK'], page: lazy(() => import('../pages/print')) },
];

/** HQ console pages (issue 14): paths start with hq, pages live in src/pages/hq-<screen>/. */
export const hqRoutes: RouteDef[] = [
  { path: 'hq', roles: ['HQ_ADMIN'], page: lazy(() => import('../pages/hq-home')), nav: { label: t.nav.hq, icon: '⌂' } },
  {
    path: 'hq/dashboard',
    roles: ['HQ_ADMIN'],
    page: lazy(() => import('../pages/hq-dashboard')),
    nav: { label: hq.nav.dashboard, icon: '▤' },
  },
  { path: 'hq/stores', roles: ['HQ_ADMIN'], page: lazy(() => import('../pages/hq-stores')), nav: { label: hq.nav.stores, icon: '◎' } },
  { path: 'hq/rules', roles: ['HQ_ADMIN'], page: lazy(() => import('../pages/hq-rules')), nav: { label: hq.nav.rules, icon: '%' } },
  {
    path: 'hq/settlement',
    roles: ['HQ_ADMIN'],
    page: lazy(() => import('../pages/hq-settlement')),
    nav: { label: hq.nav.settlement, icon: '¥' },
  },
  { path: 'hq/staff', roles: ['HQ_ADMIN'], page: lazy(() => import('../pages/hq-staff')), nav: { label: hq.nav.staff, icon: '☺' } },
  {
    path: 'hq/products',
    roles: ['HQ_ADMIN'],
    page: lazy(() => import('../pages/hq-products')),
    nav: { label: hq.nav.products, icon: '▣' },
  },
  { path: 'hq/products/:id', roles: ['HQ_ADMIN'], page: lazy(() => import('../pages/hq-product')) },
  {
    path: 'hq/categories',
    roles: ['HQ_ADMIN'],
    page: lazy(() => import('../pages/hq-categories')),
    nav: { label: hq.nav.categories, icon: '≡' },
  },
  { path: 'hq/stock', roles: ['HQ_ADMIN'], page: lazy(() => import('../pages/hq-stock')), nav: { label: hq.nav.stock, icon: '▦' } },
  { path: 'hq/flash', roles: ['HQ_ADMIN'], page: lazy(() => import('../pages/hq-flash')), nav: { label: hq.nav.flash, icon: '⚡' } },
  {
    path: 'hq/promotions',
    roles: ['HQ_ADMIN'],
    page: lazy(() => import('../pages/hq-promotions')),
    nav: { label: hq.nav.promotions, icon: '券' },
  },
  {
    path: 'hq/group-buy',
    roles: ['HQ_ADMIN'],
    page: lazy(() => import('../pages/hq-group-buy')),
    nav: { label: hq.nav.groupBuy, icon: '团' },
  },
  { path: 'hq/promotions/new/:kind', roles: ['HQ_ADMIN'], page: lazy(() => import('../pages/hq-promotion')) },
  { path: 'hq/promotions/:id', roles: ['HQ_ADMIN'], page: lazy(() => import('../pages/hq-promotion')) },
  { path: 'hq/members', roles: ['HQ_ADMIN'], page: lazy(() => import('../pages/hq-members')), nav: { label: hq.nav.members, icon: '♛' } },
  {
    path: 'hq/member-levels',
    roles: ['HQ_ADMIN'],
    page: lazy(() => import('../pages/hq-member-levels')),
    nav: { label: hq.nav.levels, icon: '★' },
  },
  {
    path: 'hq/membership-plans',
    roles: ['HQ_ADMIN'],
    page: lazy(() => import('../pages/hq-membership-plans')),
    nav: { label: hq.nav.plans, icon: '卡' },
  },
  {
    path: 'hq/referral',
    roles: ['HQ_ADMIN'],
    page: lazy(() => import('../pages/hq-referral')),
    nav: { label: hq.nav.referral, icon: '⇄' },
  },
];
