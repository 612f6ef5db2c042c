// HQ's 付费会员 plans: the plans with price, days, benefits and whether they are on sale, and one editor for a new
// plan or the one picked. A purchase keeps the benefits it was sold with, so an edit only reaches later buyers.
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { HqMembershipPlansDocument, HqSaveMembershipPlanDocument } from '../../generated/graphql';
import { describeFault } from '../../graphql/errors';
import { hq } from '../../hq-strings';
import { yuan } from '../../lib/money';
import { benefitsText, emptyPlan, toForm, toInput, type PlanForm } from './plan-form';
import '../hq.css';

const s = hq.plans;

export default function HqMembershipPlansPage() {
  const [list, reload] = useQuery({ query: HqMembershipPlansDocument, requestPolicy: 'network-only' });
  const [, save] = useMutation(HqSaveMembershipPlanDocument);
  const [form, setForm] = useState<PlanForm>(emptyPlan);
  const [notice, setNotice] = useState<{ tone: 'ok' | 'bad'; text: string } | null>(null);
  const set = (k: 'name' | 'price' | 'days' | 'zhe' | 'multiplier' | 'freeDelivery') => (e: { target: { value: string } }) =>
    setForm({ ...form, [k]: e.target.value });

  async function submit() {
    const made = toInput(form);
    if ('problem' in made) return setNotice({ tone: 'bad', text: made.problem });
    const res = await save({ input: made.input });
    if (res.error) return setNotice({ tone: 'bad', text: describeFault(res.error) ?? '' });
    setNotice({ tone: 'ok', text: s.saved(made.input.name) });
    setForm(emptyPlan());
    reload({ requestPolicy: 'network-only' });
  }

  const plans = list.data?.membershipPlans ?? [];
  return (
    <section className="hq-page">
      <div className="hq-head">
        <h1 className="page-title">{s.title}</h1>
      </div>
      <p className="muted">{s.hint}</p>
      {notice && (
        <p className={notice.tone === 'ok' ? 'hq-notice hq-notice-ok' : 'form-error'} role={notice.tone === 'ok' ? 'status' : 'alert'}>
          {notice.text}
        </p>
      )}
      <div className="card">
        <table className="table" data-testid="membership-plans">
          <thead>
            <tr>
              <th>{s.name}</th>
              <th className="num">{s.price}</th>
              <th className="num">{s.days}</th>
              <th>{s.benefits}</th>
              <th>{s.state}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {list.data && plans.length === 0 && (
              <tr>
                <td colSpan={6} className="muted">
                  {s.none}
                </td>
              </tr>
            )}
            {plans.map((p) => (
              <tr key={p.id} className={p.id === form.id ? 'row-picked' : undefined}>
                <td>
                  <strong>{p.name}</strong>
                </td>
                <td className="num">{yuan(p.priceFen)}</td>
                <td className="num">{s.daysText(p.durationDays)}</td>
                <td>{benefitsText(p, yuan)}</td>
                <td>
                  <span className={`tag ${p.onSale ? 'tag-ok' : 'tag-bad'}`}>{p.onSale ? s.onSale : s.offSale}</span>
                </td>
                <td>
                  <button
                    type="button"
                    className="btn btn-small nowrap"
                    onClick={() => {
                      setNotice(null);
                      setForm(toForm(p));
                    }}
                  >
                    {s.edit}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <form
        className="card hq-flash-form"
        aria-label={form.id ? s.editTitle : s.newTitle}
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <h2 className="hq-form-title">{form.id ? s.editTitle : s.newTitle}</h2>
        <label>
          {s.name}
          <input required value={form.name} onChange={set('name')} placeholder={s.namePlaceholder} />
        </label>
        <label>
          {s.priceYuan}
          <input required inputMode="decimal" value={form.price} onChange={set('price')} size={8} />
        </label>
        <label>
          {s.days}
          <input required inputMode="numeric" value={form.days} onChange={set('days')} size={5} />
        </label>
        <label>
          {s.zhe}
          <input inputMode="decimal" value={form.zhe} onChange={set('zhe')} placeholder={s.noPrice} size={6} />
        </label>
        <label>
          {s.multiplier}
          <input inputMode="decimal" value={form.multiplier} onChange={set('multiplier')} size={5} />
        </label>
        <label>
          {s.freeDelivery}
          <input inputMode="decimal" value={form.freeDelivery} onChange={set('freeDelivery')} placeholder={s.noFreeDelivery} size={8} />
        </label>
        <label className="hq-check">
          <input type="checkbox" checked={form.onSale} onChange={(e) => setForm({ ...form, onSale: e.target.checked })} />
          {s.onSale}
        </label>
        <button type="submit" className="btn btn-primary">
          {form.id ? s.save : s.create}
        </button>
        {form.id && (
          <button type="button" className="btn" onClick={() => setForm(emptyPlan())}>
            {s.cancel}
          </button>
        )}
        {form.id && <p className="muted hq-autoform-note">{s.editNote}</p>}
      </form>
    </section>
  );
}
