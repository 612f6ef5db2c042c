// One store's settings: status, services, pickup-slot capacity, delivery minimum and fee tiers, weekly hours and
// special dates (closed all day, or their own hours).
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { HqUpdateStoreDocument, type HqMapStoreFieldsFragment, type StoreCapability, type StoreStatus } from '../../generated/graphql';
import { DateInput } from '../../components/hq/DateInput';
import { describeFault } from '../../graphql/errors';
import { reasonText } from '../../graphql/reasons';
import { fenFromYuan, yuanInput } from '../../lib/money';
import { hq } from '../../hq-strings';

const s = hq.stores;
const SPAN = /^([01]\d|2[0-4]):[0-5]\d-([01]\d|2[0-4]):[0-5]\d$/;
const HM = /^([01]\d|2[0-4]):[0-5]\d$/;

type Tier = { km: string; yuan: string };

/** Fee tiers as typed (km, yuan) to the API's metres and fen; null with the 1-based tier that is wrong. */
export function parseTiers(tiers: Tier[]): { ok: true; value: { upToM: number; feeFen: number }[] } | { ok: false; tier: number } {
  const out: { upToM: number; feeFen: number }[] = [];
  for (const [i, t] of tiers.entries()) {
    const km = Number(t.km);
    const fee = fenFromYuan(t.yuan);
    const upToM = Math.round(km * 1000);
    if (!t.km.trim() || !Number.isFinite(km) || upToM <= 0 || fee === null || (out.length && upToM <= out[out.length - 1]!.upToM))
      return { ok: false, tier: i + 1 };
    out.push({ upToM, feeFen: fee });
  }
  return { ok: true, value: out };
}

function hoursText(store: HqMapStoreFieldsFragment): string[] {
  return [1, 2, 3, 4, 5, 6, 7].map((d) =>
    store.hours
      .filter((h) => h.weekday === d)
      .map((h) => `${h.opens}-${h.closes}`)
      .join(', '),
  );
}

/** Which services a store offers (pickup, delivery), as checkboxes. */
export function CapabilityChecks({ value, onChange }: { value: StoreCapability[]; onChange: (caps: StoreCapability[]) => void }) {
  return (
    <fieldset className="caps">
      <legend>{s.capabilities}</legend>
      {(['PICKUP', 'DELIVERY'] as StoreCapability[]).map((c) => (
        <label key={c} className="check">
          <input
            type="checkbox"
            checked={value.includes(c)}
            onChange={(e) => onChange(e.target.checked ? [...value, c] : value.filter((x) => x !== c))}
          />
          {s.caps[c]}
        </label>
      ))}
    </fieldset>
  );
}

export function StoreEditor({ store, onSaved }: { store: HqMapStoreFieldsFragment; onSaved: (code: string) => void }) {
  const [status, setStatus] = useState<StoreStatus>(store.status);
  const [caps, setCaps] = useState<StoreCapability[]>(store.capabilities);
  const [slots, setSlots] = useState(String(store.pickupSlotCapacity));
  const [hours, setHours] = useState(hoursText(store));
  const [exceptions, setExceptions] = useState(
    store.exceptions.map((e) => ({ date: e.date, closed: e.closed, note: e.note ?? '', opens: e.opens ?? '', closes: e.closes ?? '' })),
  );
  const [minOrder, setMinOrder] = useState(yuanInput(store.minOrderFen));
  const [tiers, setTiers] = useState<Tier[]>(
    store.deliveryFeeTiers.map((t) => ({ km: String(t.upToM / 1000), yuan: yuanInput(t.feeFen) })),
  );
  const setException = (i: number, change: Partial<(typeof exceptions)[number]>) =>
    setExceptions(exceptions.map((y, j) => (j === i ? { ...y, ...change } : y)));
  const [error, setError] = useState<string | null>(null);
  const [{ fetching }, update] = useMutation(HqUpdateStoreDocument);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const weekly: { weekday: number; opens: string; closes: string }[] = [];
    for (let d = 1; d <= 7; d++) {
      for (const span of hours[d - 1]!.split(/[,，]/)
        .map((x) => x.trim())
        .filter(Boolean)) {
        if (!SPAN.test(span)) return setError(s.badHours(s.weekdays[d]!));
        const [opens, closes] = span.split('-') as [string, string];
        weekly.push({ weekday: d, opens, closes });
      }
    }
    const bad = exceptions.findIndex((x) => !x.date || (!x.closed && !(HM.test(x.opens) && HM.test(x.closes))));
    if (bad >= 0) return setError(s.badException(bad + 1));
    const minOrderFen = fenFromYuan(minOrder);
    if (minOrderFen === null) return setError(s.badMoney);
    const fees = parseTiers(tiers);
    if (!fees.ok) return setError(s.badTier(fees.tier));
    const res = await update({
      id: store.id,
      input: {
        status,
        capabilities: caps,
        pickupSlotCapacity: Number(slots),
        minOrderFen,
        deliveryFeeTiers: fees.value,
        hours: weekly,
        exceptions: exceptions.map((x) => ({
          date: x.date,
          closed: x.closed,
          note: x.note || null,
          opens: x.closed ? null : x.opens,
          closes: x.closed ? null : x.closes,
        })),
      },
    });
    const r = res.data?.updateStore;
    if (!r) return setError(describeFault(res.error));
    if (r.__typename !== 'Store') return setError(reasonText(r.message, r.message));
    setError(null);
    onSaved(r.code);
  }

  return (
    <form className="card form-stack" onSubmit={submit} aria-label={s.edit}>
      <h2>{s.edit}</h2>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="inline-form">
        <label>
          {s.status}
          <select value={status} onChange={(e) => setStatus(e.target.value as StoreStatus)}>
            {Object.entries(s.statuses).map(([v, label]) => (
              <option key={v} value={v}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <CapabilityChecks value={caps} onChange={setCaps} />
        <label>
          {s.slotCapacity}
          <input type="number" min={0} value={slots} onChange={(e) => setSlots(e.target.value)} />
        </label>
      </div>
      <div className="inline-form">
        <label>
          {s.minOrder}
          <input className="money-input" inputMode="decimal" value={minOrder} onChange={(e) => setMinOrder(e.target.value)} />
        </label>
      </div>
      <fieldset className="fee-tiers">
        <legend>{s.feeTiers}</legend>
        {tiers.map((t, i) => (
          <div key={i} className="inline-form" data-testid={`fee-tier-${i}`}>
            <label>
              {s.feeUpTo}
              <input
                className="money-input"
                inputMode="decimal"
                value={t.km}
                onChange={(e) => setTiers(tiers.map((x, j) => (j === i ? { ...x, km: e.target.value } : x)))}
              />
            </label>
            <label>
              {s.feeYuan}
              <input
                className="money-input"
                inputMode="decimal"
                value={t.yuan}
                onChange={(e) => setTiers(tiers.map((x, j) => (j === i ? { ...x, yuan: e.target.value } : x)))}
              />
            </label>
            <button type="button" className="btn btn-small btn-ghost" onClick={() => setTiers(tiers.filter((_, j) => j !== i))}>
              {hq.rules.removeRule}
            </button>
          </div>
        ))}
        <button type="button" className="btn btn-small" onClick={() => setTiers([...tiers, { km: '', yuan: '' }])}>
          {s.addTier}
        </button>
      </fieldset>
      <p className="muted hq-note">{s.hours}</p>
      <div className="hours-grid">
        {hours.map((h, i) => (
          <label key={i}>
            {s.weekdays[i + 1]}
            <input value={h} onChange={(e) => setHours(hours.map((x, j) => (j === i ? e.target.value : x)))} placeholder="09:00-22:00" />
          </label>
        ))}
      </div>
      <p className="muted hq-note">{s.exceptions}</p>
      {exceptions.map((x, i) => (
        <div key={i} className="inline-form exception-row" data-testid={`exception-${i}`}>
          <label>
            {s.exDate}
            <DateInput value={x.date} onChange={(date) => setException(i, { date })} />
          </label>
          <label className="check">
            <input type="checkbox" checked={x.closed} onChange={(e) => setException(i, { closed: e.target.checked })} />
            {s.exClosed}
          </label>
          {!x.closed && (
            <>
              <label>
                {s.exOpens}
                <input
                  className="time-input"
                  value={x.opens}
                  placeholder="09:00"
                  onChange={(e) => setException(i, { opens: e.target.value.trim() })}
                />
              </label>
              <label>
                {s.exCloses}
                <input
                  className="time-input"
                  value={x.closes}
                  placeholder="20:00"
                  onChange={(e) => setException(i, { closes: e.target.value.trim() })}
                />
              </label>
            </>
          )}
          <label>
            {s.exNote}
            <input value={x.note} onChange={(e) => setException(i, { note: e.target.value })} />
          </label>
          <button type="button" className="btn btn-small btn-ghost" onClick={() => setExceptions(exceptions.filter((_, j) => j !== i))}>
            {hq.rules.removeRule}
          </button>
        </div>
      ))}
      <div className="inline-form">
        <button
          type="button"
          className="btn btn-small"
          onClick={() => setExceptions([...exceptions, { date: '', closed: true, note: '', opens: '', closes: '' }])}
        >
          {s.addException}
        </button>
        <button type="submit" className="btn btn-primary btn-small" disabled={fetching}>
          {s.saveStore}
        </button>
      </div>
    </form>
  );
}
