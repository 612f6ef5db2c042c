// HQ's landing page: the console's screens, each with what it is for.
import { Link } from 'react-router';
import { hq } from '../../hq-strings';
import { t } from '../../strings';
import '../hq.css';

const PAGES = [
  { to: '/hq/dashboard', label: hq.nav.dashboard, text: hq.home.dashboard },
  { to: '/hq/stores', label: hq.nav.stores, text: hq.home.stores },
  { to: '/hq/rules', label: hq.nav.rules, text: hq.home.rules },
  { to: '/hq/settlement', label: hq.nav.settlement, text: hq.home.settlement },
  { to: '/hq/staff', label: hq.nav.staff, text: hq.home.staff },
  { to: '/hq/products', label: hq.nav.products, text: hq.home.products },
  { to: '/hq/categories', label: hq.nav.categories, text: hq.home.categories },
  { to: '/hq/stock', label: hq.nav.stock, text: hq.home.stock },
  { to: '/hq/flash', label: hq.nav.flash, text: hq.home.flash },
  { to: '/hq/promotions', label: hq.nav.promotions, text: hq.home.promotions },
  { to: '/hq/group-buy', label: hq.nav.groupBuy, text: hq.home.groupBuy },
  { to: '/hq/members', label: hq.nav.members, text: hq.home.members },
  { to: '/hq/member-levels', label: hq.nav.levels, text: hq.home.levels },
  { to: '/hq/membership-plans', label: hq.nav.plans, text: hq.home.plans },
  { to: '/hq/referral', label: hq.nav.referral, text: hq.home.referral },
] as const;

export default function HqHomePage() {
  return (
    <section className="hq-page">
      <h1 className="page-title">{t.hq.title}</h1>
      <div className="home-cards">
        {PAGES.map((p) => (
          <Link key={p.to} to={p.to} className="card home-card">
            <strong>{p.label}</strong>
            <span className="muted">{p.text}</span>
          </Link>
        ))}
      </div>
    </section>
  );
}
