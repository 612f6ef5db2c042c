// One store's settings: status, services, pickup-slot capacity, weekly hours and holiday exceptions.
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { HqUpdateStoreDocument, type HqMapStoreFieldsFragment, type StoreCapability, type StoreStatus } from '../../generated/graphql';
import { describeFault } from '../../graphql/errors';
import { hq } from '../../hq-strings';

const s = hq.stores;
const SPAN = /^([01]\d|2[0-4]):[0-5]\d-([01]\d|2[0-4]):[0-5]\d$/;

function hoursText(store: HqMapStoreFieldsFragment): string[] {
  return [1, 2, 3, 4, 5, 6, 7].map((d) =>
    store.hours
      .filter((h) => h.weekday === d)
      .map((h) => `${h.opens}-${h.closes}`)
      .join(', '),
  );
}

export function StoreEditor({ store, onSaved }: { store: HqMapStoreFieldsFragment; onSaved: (code: string) => void }) {
  const [status, setStatus] = useState<StoreStatus>(store.status);
  const [caps, setCaps] = useState<StoreCapability[]>(store.capabilities);
  const [slots, setSlots] = useState(String(store.pickupSlotCapacity));
  const [hours, setHours] = useState(hoursText(store));
  const [exceptions, setExceptions] = useState(store.exceptions.map((e) => ({ date: e.date, closed: e.closed, note: e.note ?? '', opens: e.opens, closes: e.closes })));
  const [error, setError] = useState<string | null>(null);
  const [{ fetching }, update] = useMutation(HqUpdateStoreDocument);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const weekly: { weekday: number; opens: string; closes: string }[] = [];
    for (let d = 1; d <= 7; d++) {
      for (const span of hours[d - 1]!.split(/[,，]/).map((x) => x.trim()).filter(Boolean)) {
        if (!SPAN.test(span)) return setError(s.badHours(s.weekdays[d]!));
        const [opens, closes] = span.split('-') as [string, string];
        weekly.push({ weekday: d, opens, closes });
      }
    }
    const res = await update({
      id: store.id,
      input: {
        status,
        capabilities: caps,
        pickupSlotCapacity: Number(slots),
        hours: weekly,
        exceptions: exceptions.map((x) => ({ date: x.date, closed: x.closed, note: x.note || null, opens: x.closed ? null : x.opens, closes: x.closed ? null : x.closes })),
      },
    });
    const r = res.data?.updateStore;
    if (!r) return setError(describeFault(res.error));
    if (r.__typename !== 'Store') return setError(r.message);
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
        <fieldset className="caps">
          <legend>{s.capabilities}</legend>
          {(['PICKUP', 'DELIVERY'] as StoreCapability[]).map((c) => (
            <label key={c} className="check">
              <input type="checkbox" checked={caps.includes(c)} onChange={(e) => setCaps(e.target.checked ? [...caps, c] : caps.filter((x) => x !== c))} />
              {s.caps[c]}
            </label>
          ))}
        </fieldset>
        <label>
          {s.slotCapacity}
          <input type="number" min={0} value={slots} onChange={(e) => setSlots(e.target.value)} />
        </label>
      </div>
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
        <div key={i} className="inline-form">
          <label>
            {s.exDate}
            <input type="date" value={x.date} onChange={(e) => setExceptions(exceptions.map((y, j) => (j === i ? { ...y, date: e.target.value } : y)))} />
          </label>
          <label className="check">
            <input type="checkbox" checked={x.closed} onChange={(e) => setExceptions(exceptions.map((y, j) => (j === i ? { ...y, closed: e.target.checked } : y)))} />
            {s.exClosed}
          </label>
          <label>
            {s.exNote}
            <input value={x.note} onChange={(e) => setExceptions(exceptions.map((y, j) => (j === i ? { ...y, note: e.target.value } : y)))} />
          </label>
          <button type="button" className="btn btn-small btn-ghost" onClick={() => setExceptions(exceptions.filter((_, j) => j !== i))}>
            {hq.rules.removeRule}
          </button>
        </div>
      ))}
      <div className="inline-form">
        <button type="button" className="btn btn-small" onClick={() => setExceptions([...exceptions, { date: '', closed: true, note: '', opens: null, closes: null }])}>
          {s.addException}
        </button>
        <button type="submit" className="btn btn-primary btn-small" disabled={fetching}>
          {s.saveStore}
        </button>
      </div>
    </form>
  );
}
