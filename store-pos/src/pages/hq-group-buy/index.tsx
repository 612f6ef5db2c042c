// HQ's 拼团 offers: one SKU at a group price for groups of 2–10 that must fill within a time (or, with 到期自动成团,
// form at the deadline with at least two paid), at every store or some; the offers with their groups open, formed
// and failed, and a stop (no new groups; groups forming run on). Until a group starts on an offer its name, price,
// end and stores can be changed (the API refuses once one has: members joined on its terms).
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { storeLabel, useStores } from '../../components/hq/useStores';
import {
  HqCreateGroupBuyOfferDocument,
  HqFlashSkusDocument,
  HqGroupBuyOffersDocument,
  HqStopGroupBuyOfferDocument,
  HqUpdateGroupBuyOfferDocument,
  type HqGroupBuyOffersQuery,
} from '../../generated/graphql';
import { describeFault } from '../../graphql/errors';
import { hq } from '../../hq-strings';
import { fenFromYuan, yuan } from '../../lib/money';
import '../hq.css';

const s = hq.groupBuy;
type Offer = HqGroupBuyOffersQuery['groupBuyOffers'][number];

/** A Shanghai wall-clock date and time as an instant (the chain's stores are all on UTC+8). */
const shanghai = (date: string, time: string) => new Date(`${date}T${time}:00+08:00`).toISOString();
const wall = (iso: string) => new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');

export default function HqGroupBuyPage() {
  const stores = useStores();
  const [list, reload] = useQuery({ query: HqGroupBuyOffersDocument, requestPolicy: 'network-only' });
  const [search, setSearch] = useState('');
  const [skus] = useQuery({ query: HqFlashSkusDocument, variables: { search }, pause: search.trim().length < 1 });
  const [, create] = useMutation(HqCreateGroupBuyOfferDocument);
  const [, stop] = useMutation(HqStopGroupBuyOfferDocument);
  const [, update] = useMutation(HqUpdateGroupBuyOfferDocument);
  const [editing, setEditing] = useState<Offer | null>(null);
  const today = wall(new Date().toISOString()).slice(0, 10);
  const blank = {
    name: '',
    skuId: '',
    price: '',
    size: '2',
    form: '24',
    unit: 'h' as 'h' | 'min',
    autoForm: true,
    startDate: today,
    startTime: '00:00',
    endDate: today,
    endTime: '23:59',
    storeIds: [] as string[],
  };
  const [form, setForm] = useState(blank);
  const [someStores, setSomeStores] = useState(false);
  const [notice, setNotice] = useState<{ tone: 'ok' | 'bad'; text: string } | null>(null);
  const set =
    (k: 'name' | 'skuId' | 'price' | 'size' | 'form' | 'startDate' | 'startTime' | 'endDate' | 'endTime') =>
    (e: { target: { value: string } }) =>
      setForm({ ...form, [k]: e.target.value });

  const options = (skus.data?.products.nodes ?? []).flatMap((p) =>
    p.skus.map((k) => ({ id: k.id, priceFen: k.priceFen, label: `${p.name} · ${k.code} · ${yuan(k.priceFen)}` })),
  );
  const picked = editing ? { priceFen: editing.listPriceFen } : options.find((o) => o.id === form.skuId);

  /** The form filled with an offer's terms; only name, price, end and stores can change. */
  function startEdit(o: Offer) {
    const [startDate, startTime] = wall(o.startsAt).split(' ') as [string, string];
    const [endDate, endTime] = wall(o.endsAt).split(' ') as [string, string];
    setEditing(o);
    window.scrollTo({ top: 0 });
    setSomeStores(!!o.storeIds?.length);
    setNotice(null);
    setForm({
      ...blank,
      name: o.name,
      skuId: o.skuId,
      price: (o.groupPriceFen / 100).toFixed(2),
      size: String(o.groupSize),
      form: String(o.formMinutes % 60 === 0 ? o.formMinutes / 60 : o.formMinutes),
      unit: o.formMinutes % 60 === 0 ? 'h' : 'min',
      autoForm: o.autoForm,
      startDate,
      startTime,
      endDate,
      endTime,
      storeIds: o.storeIds ?? [],
    });
  }
  function stopEdit() {
    setEditing(null);
    setSomeStores(false);
    setForm(blank);
  }

  async function save(o: Offer, groupPriceFen: number) {
    const res = await update({
      id: o.id,
      input: {
        name: form.name.trim(),
        groupPriceFen,
        endsAt: shanghai(form.endDate, form.endTime),
        storeIds: someStores ? form.storeIds : null,
      },
    });
    const r = res.data?.updateGroupBuyOffer;
    if (!r) return setNotice({ tone: 'bad', text: describeFault(res.error) ?? '' });
    if (r.__typename !== 'GroupBuyOffer') return setNotice({ tone: 'bad', text: 'message' in r ? r.message : '' });
    stopEdit();
    setNotice({ tone: 'ok', text: s.saved });
    reload({ requestPolicy: 'network-only' });
  }

  async function submit() {
    const groupPriceFen = fenFromYuan(form.price);
    const size = Number(form.size);
    const formMinutes = Number(form.form) * (form.unit === 'h' ? 60 : 1);
    if (!form.skuId || groupPriceFen === null || groupPriceFen <= 0) return setNotice({ tone: 'bad', text: s.incomplete });
    if (picked && groupPriceFen >= picked.priceFen) return setNotice({ tone: 'bad', text: s.notCheaper(yuan(picked.priceFen)) });
    if (!Number.isInteger(size) || size < 2 || size > 10) return setNotice({ tone: 'bad', text: s.badSize });
    if (someStores && form.storeIds.length === 0) return setNotice({ tone: 'bad', text: s.noStores });
    if (!Number.isInteger(formMinutes) || formMinutes < 5 || formMinutes > 7 * 24 * 60) return setNotice({ tone: 'bad', text: s.badForm });
    if (editing) return save(editing, groupPriceFen);
    const res = await create({
      input: {
        name: form.name.trim(),
        skuId: form.skuId,
        groupPriceFen,
        groupSize: size,
        formMinutes,
        autoForm: form.autoForm,
        startsAt: shanghai(form.startDate, form.startTime),
        endsAt: shanghai(form.endDate, form.endTime),
        storeIds: someStores ? form.storeIds : null,
      },
    });
    if (res.error) return setNotice({ tone: 'bad', text: describeFault(res.error) ?? '' });
    setNotice({ tone: 'ok', text: s.created });
    reload({ requestPolicy: 'network-only' });
  }

  const toggleStore = (id: string) =>
    setForm({ ...form, storeIds: form.storeIds.includes(id) ? form.storeIds.filter((x) => x !== id) : [...form.storeIds, id] });

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
      {editing && (
        <p className="hq-notice" data-testid="group-buy-editing">
          {s.editing(editing.name)}
        </p>
      )}
      <form
        className="card hq-flash-form"
        aria-label={editing ? s.save : s.create}
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <label>
          {s.name}
          <input required value={form.name} onChange={set('name')} placeholder={s.namePlaceholder} />
        </label>
        <label>
          {s.search}
          <input value={search} onChange={(e) => setSearch(e.target.value)} disabled={!!editing} />
        </label>
        <label>
          {s.sku}
          <select required value={form.skuId} onChange={set('skuId')} disabled={!!editing}>
            <option value="">{s.pickSku}</option>
            {editing && (
              <option value={editing.skuId}>
                {editing.productName} · {editing.skuCode} · {yuan(editing.listPriceFen)}
              </option>
            )}
            {options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          {s.price}
          <input required inputMode="decimal" value={form.price} onChange={set('price')} size={8} />
        </label>
        <label>
          {s.size}
          <input required type="number" min={2} max={10} value={form.size} onChange={set('size')} disabled={!!editing} />
        </label>
        <label>
          {s.formIn}
          <span className="hq-inline">
            <input required type="number" min={1} value={form.form} onChange={set('form')} aria-label={s.formIn} disabled={!!editing} />
            <select
              value={form.unit}
              onChange={(e) => setForm({ ...form, unit: e.target.value as 'h' | 'min' })}
              aria-label={s.unit}
              disabled={!!editing}
            >
              <option value="h">{s.hours}</option>
              <option value="min">{s.minutes}</option>
            </select>
          </span>
        </label>
        <label className="hq-check">
          <input
            type="checkbox"
            checked={form.autoForm}
            onChange={(e) => setForm({ ...form, autoForm: e.target.checked })}
            disabled={!!editing}
          />
          {s.autoForm}
        </label>
        <label>
          {s.starts}
          <span className="hq-inline">
            <input type="date" required value={form.startDate} onChange={set('startDate')} aria-label={s.startDate} disabled={!!editing} />
            <input
              type="time"
              step={60}
              required
              value={form.startTime}
              onChange={set('startTime')}
              aria-label={s.startTime}
              disabled={!!editing}
            />
          </span>
        </label>
        <label>
          {s.ends}
          <span className="hq-inline">
            <input type="date" required value={form.endDate} onChange={set('endDate')} aria-label={s.endDate} />
            <input type="time" step={60} required value={form.endTime} onChange={set('endTime')} aria-label={s.endTime} />
          </span>
        </label>
        <fieldset className="hq-stores-pick">
          <legend>{s.stores}</legend>
          <label className="hq-check">
            <input
              type="radio"
              name="gb-scope"
              checked={!someStores}
              onChange={() => {
                setForm({ ...form, storeIds: [] });
                setSomeStores(false);
              }}
            />
            {hq.period.allStores}
          </label>
          <label className="hq-check">
            <input type="radio" name="gb-scope" checked={someStores} onChange={() => setSomeStores(true)} />
            {s.pickStores}
          </label>
          {someStores && <span className="muted">{s.someStores(form.storeIds.length)}</span>}
          {someStores && (
            <div className="hq-store-ticks">
              {stores.map((st) => (
                <label key={st.id} className="hq-check">
                  <input type="checkbox" checked={form.storeIds.includes(st.id)} onChange={() => toggleStore(st.id)} />
                  {st.code} {st.name}
                </label>
              ))}
            </div>
          )}
        </fieldset>
        <p className="muted hq-autoform-note">{form.autoForm ? s.autoFormOn : s.autoFormOff}</p>
        <button type="submit" className="btn btn-primary">
          {editing ? s.save : s.create}
        </button>
        {editing && (
          <button type="button" className="btn" onClick={stopEdit}>
            {s.cancelEdit}
          </button>
        )}
      </form>

      <div className="card">
        <table className="table" data-testid="group-buy-offers">
          <thead>
            <tr>
              <th>{s.offer}</th>
              <th>{s.sku}</th>
              <th>{s.priceCol}</th>
              <th>{s.rule}</th>
              <th>{s.stores}</th>
              <th className="num">{s.open}</th>
              <th className="num">{s.formed}</th>
              <th className="num">{s.failed}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {list.data?.groupBuyOffers.length === 0 && (
              <tr>
                <td colSpan={9} className="muted">
                  {s.none}
                </td>
              </tr>
            )}
            {(list.data?.groupBuyOffers ?? []).map((o) => (
              <tr key={o.id}>
                <td>
                  <strong>{o.name}</strong>
                  <div className="muted">
                    {wall(o.startsAt)} – {wall(o.endsAt)} {o.state === 'STOPPED' ? s.stopped : ''}
                  </div>
                </td>
                <td>
                  {o.productName} <span className="muted">{o.skuCode}</span>
                </td>
                <td>
                  <strong>{yuan(o.groupPriceFen)}</strong> <s className="muted">{yuan(o.listPriceFen)}</s>
                </td>
                <td>
                  {s.ruleText(o.groupSize, formText(o.formMinutes))}
                  <div className="muted">{o.autoForm ? s.autoFormShort : s.noAutoForm}</div>
                </td>
                <td>{o.storeIds?.length ? o.storeIds.map((id) => storeLabel(stores, id)).join('、') : hq.period.allStores}</td>
                <td className="num">{o.groupsOpen}</td>
                <td className="num">{o.groupsFormed}</td>
                <td className="num">{o.groupsFailed}</td>
                <td>
                  {o.state === 'LIVE' && o.groupsOpen + o.groupsFormed + o.groupsFailed === 0 && (
                    <button type="button" className="btn btn-small nowrap" onClick={() => startEdit(o)}>
                      {s.edit}
                    </button>
                  )}
                  {o.state === 'LIVE' && (
                    <button
                      type="button"
                      className="btn btn-small nowrap"
                      onClick={() => void stop({ id: o.id }).then(() => reload({ requestPolicy: 'network-only' }))}
                    >
                      {s.stop}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function formText(minutes: number): string {
  if (minutes % 60 === 0) return s.hoursText(minutes / 60);
  return s.minutesText(minutes);
}
