// A new store: code, name, city, address, location (WGS-84), services, a delivery radius to start with (the zone
// can be drawn on the map afterwards) and the usual 09:00–22:00 hours, all editable once it exists.
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { HqCreateStoreDocument, type StoreCapability } from '../../generated/graphql';
import { describeFault } from '../../graphql/errors';
import { reasonText } from '../../graphql/reasons';
import { hq } from '../../hq-strings';
import { CapabilityChecks } from './StoreEditor';

const s = hq.stores;
const USUAL_HOURS = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '09:00', closes: '22:00' }));
const EMPTY = { code: '', name: '', city: '', address: '', phone: '', lat: '', lng: '', radiusKm: '3' };

export function CreateStore({ onCreated }: { onCreated: (id: string, code: string) => void }) {
  const [form, setForm] = useState(EMPTY);
  const [caps, setCaps] = useState<StoreCapability[]>(['PICKUP', 'DELIVERY']);
  const [error, setError] = useState<string | null>(null);
  const [{ fetching }, create] = useMutation(HqCreateStoreDocument);
  const field = (k: keyof typeof EMPTY) => ({
    value: form[k],
    onChange: (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value }),
  });

  async function submit(e: FormEvent) {
    e.preventDefault();
    const delivers = caps.includes('DELIVERY');
    const res = await create({
      input: {
        code: form.code.trim(),
        name: form.name.trim(),
        city: form.city.trim(),
        address: form.address.trim(),
        phone: form.phone.trim() || null,
        location: { lat: Number(form.lat), lng: Number(form.lng), system: 'WGS84' },
        capabilities: caps,
        hours: USUAL_HOURS,
        deliveryRadiusM: delivers ? Math.round(Number(form.radiusKm) * 1000) : null,
      },
    });
    const r = res.data?.createStore;
    if (!r) return setError(describeFault(res.error));
    if (r.__typename !== 'Store') return setError(reasonText('reason' in r && r.reason ? r.reason : r.message, r.message));
    setError(null);
    setForm(EMPTY);
    onCreated(r.id, r.code);
  }

  return (
    <details className="card">
      <summary className="create-store-summary">{s.create}</summary>
      <form className="form-stack" onSubmit={submit} aria-label={s.createTitle}>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="create-store-grid">
          <label>
            {s.code}
            <input {...field('code')} required maxLength={32} placeholder="SH-101" />
          </label>
          <label>
            {s.name}
            <input {...field('name')} required maxLength={100} />
          </label>
          <label>
            {s.city}
            <input {...field('city')} required maxLength={50} placeholder="上海" />
          </label>
          <label>
            {s.phone}
            <input {...field('phone')} maxLength={40} />
          </label>
          <label className="span-2">
            {s.address}
            <input {...field('address')} required maxLength={300} />
          </label>
          <label>
            {s.lat}
            <input {...field('lat')} required inputMode="decimal" pattern="-?\d{1,2}(\.\d+)?" placeholder="31.2304" />
          </label>
          <label>
            {s.lng}
            <input {...field('lng')} required inputMode="decimal" pattern="-?\d{1,3}(\.\d+)?" placeholder="121.4737" />
          </label>
        </div>
        <div className="inline-form">
          <CapabilityChecks value={caps} onChange={setCaps} />
          {caps.includes('DELIVERY') && (
            <label>
              {s.radiusKm}
              <input className="money-input" {...field('radiusKm')} inputMode="decimal" />
            </label>
          )}
          <button type="submit" className="btn btn-primary btn-small" disabled={fetching}>
            {s.create}
          </button>
        </div>
      </form>
    </details>
  );
}
