// HQ's flash sales (秒杀): a session to the minute with one item (a SKU at one store or every store, its price, quota
// and limits), and the sessions with each item's sell-through; a session can be stopped.
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { StoreFilter } from '../../components/hq/StoreFilter';
import { storeLabel, useStores } from '../../components/hq/useStores';
import {
  HqCreateFlashSessionDocument,
  HqFlashSessionsDocument,
  HqFlashSkusDocument,
  HqStopFlashSessionDocument,
} from '../../generated/graphql';
import { describeFault } from '../../graphql/errors';
import { hq } from '../../hq-strings';
import { fenFromYuan, yuan } from '../../lib/money';
import '../hq.css';

const s = hq.flash;

/** A Shanghai wall-clock date and time as an instant (the chain's stores are all on UTC+8). */
const shanghai = (date: string, time: string) => new Date(`${date}T${time}:00+08:00`).toISOString();
const wall = (iso: string) => new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');

export default function HqFlashPage() {
  const stores = useStores();
  const [list, reload] = useQuery({ query: HqFlashSessionsDocument, requestPolicy: 'network-only' });
  const [search, setSearch] = useState('');
  const [skus] = useQuery({ query: HqFlashSkusDocument, variables: { search }, pause: search.trim().length < 1 });
  const [, create] = useMutation(HqCreateFlashSessionDocument);
  const [, stop] = useMutation(HqStopFlashSessionDocument);
  const today = wall(new Date().toISOString()).slice(0, 10);
  const [form, setForm] = useState({
    name: '',
    date: today,
    start: '10:00',
    end: '10:30',
    skuId: '',
    storeId: '',
    price: '',
    quota: '100',
    perUser: '1',
    perOrder: '1',
  });
  const [notice, setNotice] = useState<{ tone: 'ok' | 'bad'; text: string } | null>(null);
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value });

  async function submit() {
    const priceFen = fenFromYuan(form.price);
    if (!form.skuId || priceFen === null) return setNotice({ tone: 'bad', text: s.incomplete });
    const res = await create({
      input: {
        name: form.name.trim(),
        startsAt: shanghai(form.date, form.start),
        endsAt: shanghai(form.date, form.end),
        items: [
          {
            skuId: form.skuId,
            storeId: form.storeId || null,
            priceFen,
            quota: Number(form.quota),
            perUserLimit: Number(form.perUser),
            perOrderLimit: Number(form.perOrder),
          },
        ],
      },
    });
    if (res.error) return setNotice({ tone: 'bad', text: describeFault(res.error) ?? '' });
    setNotice({ tone: 'ok', text: s.created });
    reload({ requestPolicy: 'network-only' });
  }

  const options = (skus.data?.products.nodes ?? []).flatMap((p) =>
    p.skus.map((k) => ({ id: k.id, label: `${p.name} · ${k.code} · ${yuan(k.priceFen)}` })),
  );

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
      <form
        className="card hq-flash-form"
        aria-label={s.create}
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <label>
          {s.name}
          <input required value={form.name} onChange={set('name')} data-testid="flash-name" />
        </label>
        <label>
          {s.date}
          <input type="date" required value={form.date} onChange={set('date')} />
        </label>
        <label>
          {s.start}
          <input type="time" step={60} required value={form.start} onChange={set('start')} data-testid="flash-start" />
        </label>
        <label>
          {s.end}
          <input type="time" step={60} required value={form.end} onChange={set('end')} data-testid="flash-end" />
        </label>
        <label>
          {s.search}
          <input value={search} onChange={(e) => setSearch(e.target.value)} data-testid="flash-search" />
        </label>
        <label>
          {s.sku}
          <select required value={form.skuId} onChange={set('skuId')} data-testid="flash-sku">
            <option value="">{s.pickSku}</option>
            {options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
        <StoreFilter value={form.storeId} onChange={(storeId) => setForm({ ...form, storeId })} />
        <label>
          {s.price}
          <input required inputMode="decimal" value={form.price} onChange={set('price')} data-testid="flash-price" />
        </label>
        {(['quota', 'perUser', 'perOrder'] as const).map((k) => (
          <label key={k}>
            {s[k]}
            <input required type="number" min={1} value={form[k]} onChange={set(k)} />
          </label>
        ))}
        <button type="submit" className="btn btn-primary" data-testid="flash-create">
          {s.create}
        </button>
      </form>

      <div className="card">
        <table className="table" data-testid="flash-sessions">
          <thead>
            <tr>
              <th>{s.session}</th>
              <th>{s.sku}</th>
              <th>{hq.period.store}</th>
              <th>{s.price}</th>
              <th>{s.sellThrough}</th>
              <th>{s.limits}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {(list.data?.flashSessions ?? []).flatMap((session) =>
              session.items.map((i, n) => (
                <tr key={i.id}>
                  <td>
                    {n === 0 && (
                      <>
                        <strong>{session.name}</strong>
                        <div className="muted">
                          {wall(session.startsAt)}–{wall(session.endsAt).slice(11)} {session.state === 'STOPPED' ? s.stopped : ''}
                        </div>
                      </>
                    )}
                  </td>
                  <td>
                    {i.name} <span className="muted">{i.skuCode}</span>
                  </td>
                  <td>{i.storeId ? storeLabel(stores, i.storeId) : hq.period.allStores}</td>
                  <td>{yuan(i.priceFen)}</td>
                  <td>
                    {s.sold(i.sold, i.quota)} · {s.status[i.status]}
                  </td>
                  <td>{s.limitText(i.perUserLimit, i.perOrderLimit)}</td>
                  <td>
                    {n === 0 && session.state === 'LIVE' && (
                      <button
                        type="button"
                        className="btn btn-small"
                        onClick={() => void stop({ id: session.id }).then(() => reload({ requestPolicy: 'network-only' }))}
                      >
                        {s.stop}
                      </button>
                    )}
                  </td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}
