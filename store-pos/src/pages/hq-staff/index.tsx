// HQ's staff and counter devices: staff by store (create clerks, disable, reset password and PIN), a store's
// counter devices (enrol with a token shown once, revoke) and its pickup lockouts (lift them).
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { storeLabel, useStores } from '../../components/hq/useStores';
import {
  HqSetStaffDiscountGrantDocument,
  HqCreateStaffDocument,
  HqDisableStaffDocument,
  HqEnableStaffDocument,
  HqResetStaffPasswordDocument,
  HqResetStaffPinDocument,
  HqStaffDocument,
  type HqStaffFieldsFragment,
} from '../../generated/graphql';
import { describeFault } from '../../graphql/errors';
import { hq } from '../../hq-strings';
import { CounterPanel } from './CounterPanel';
import { StoreFilter } from '../../components/hq/StoreFilter';
import '../hq.css';

const s = hq.staff;

type Notice = { tone: 'ok' | 'bad'; text: string } | null;

export default function HqStaffPage() {
  const stores = useStores();
  const [storeId, setStoreId] = useState('');
  const [notice, setNotice] = useState<Notice>(null);
  const [{ data, error }, reload] = useQuery({
    query: HqStaffDocument,
    variables: { storeId: storeId || null },
    requestPolicy: 'cache-and-network',
  });
  const refetch = () => reload({ requestPolicy: 'network-only' });

  return (
    <section className="hq-page">
      <div className="hq-head">
        <h1 className="page-title">{s.title}</h1>
        <div className="hq-filters">
          <StoreFilter value={storeId} onChange={setStoreId} />
        </div>
      </div>
      {notice && (
        <p className={notice.tone === 'ok' ? 'hq-notice hq-notice-ok' : 'form-error'} role={notice.tone === 'ok' ? 'status' : 'alert'}>
          {notice.text}
        </p>
      )}
      {error && (
        <p className="form-error" role="alert">
          {describeFault(error)}
        </p>
      )}
      <div className="hq-grid hq-grid-staff">
        <div className="card">
          <h2>{s.staffList}</h2>
          <div className="table-wrap">
            <table className="table" data-testid="staff">
              <thead>
                <tr>
                  <th>{s.username}</th>
                  <th>{s.displayName}</th>
                  <th>{s.role}</th>
                  <th>{s.store}</th>
                  <th>{s.pin}</th>
                  <th>{s.discount}</th>
                  <th>{s.status}</th>
                  <th>{s.actions}</th>
                </tr>
              </thead>
              <tbody>
                {data?.staffMembers.nodes.map((m) => (
                  <StaffRow key={m.id} m={m} store={storeLabel(stores, m.storeId)} onDone={setNotice} />
                ))}
              </tbody>
            </table>
          </div>
        </div>
        <CreateClerk
          storeId={storeId}
          stores={stores}
          onCreated={(who) => {
            setNotice({ tone: 'ok', text: s.created(who) });
            refetch();
          }}
          onError={(text) => setNotice({ tone: 'bad', text })}
        />
      </div>
      {storeId ? <CounterPanel storeId={storeId} onNotice={setNotice} /> : <p className="muted">{s.chooseStoreForDevices}</p>}
    </section>
  );
}

function StaffRow({ m, store, onDone }: { m: HqStaffFieldsFragment; store: string; onDone: (n: Notice) => void }) {
  const [editing, setEditing] = useState<'password' | 'pin' | 'discount' | null>(null);
  const [value, setValue] = useState('');
  const [percent, setPercent] = useState(m.discountGrant?.maxBp != null ? String(m.discountGrant.maxBp / 100) : '');
  const [amount, setAmount] = useState(m.discountGrant?.maxFen != null ? String(m.discountGrant.maxFen / 100) : '');
  const [, setGrant] = useMutation(HqSetStaffDiscountGrantDocument);
  const [, disable] = useMutation(HqDisableStaffDocument);
  const [, enable] = useMutation(HqEnableStaffDocument);
  const [, resetPassword] = useMutation(HqResetStaffPasswordDocument);
  const [, resetPin] = useMutation(HqResetStaffPinDocument);

  async function run(label: string, op: () => Promise<{ error?: Parameters<typeof describeFault>[0]; data?: object | null }>) {
    const res = await op();
    if (res.error) return onDone({ tone: 'bad', text: describeFault(res.error) ?? '' });
    setEditing(null);
    setValue('');
    onDone({ tone: 'ok', text: s.done(label, m.username) });
  }

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (editing === 'password') void run(s.resetPassword, () => resetPassword({ staffId: m.id, password: value }));
    if (editing === 'pin') void run(s.resetPin, () => resetPin({ staffId: m.id, pin: value || null }));
    if (editing === 'discount') {
      const maxBp = percent.trim() ? Math.round(Number(percent) * 100) : null;
      const maxFen = amount.trim() ? Math.round(Number(amount) * 100) : null;
      if (maxBp === null && maxFen === null) return onDone({ tone: 'bad', text: s.discountNeedsCap });
      void run(s.grantDiscount, () => setGrant({ staffId: m.id, grant: { maxBp, maxFen } }));
    }
  };

  return (
    <>
      <tr data-testid={`staff-${m.username}`}>
        <td>{m.username}</td>
        <td>{m.displayName}</td>
        <td>{s.roles[m.role] ?? m.role}</td>
        <td className="nowrap">{store || '—'}</td>
        <td className="nowrap">{m.hasPin ? s.pinSet : s.pinNone}</td>
        <td className="nowrap">
          {m.discountGrant ? s.discountCaps(m.discountGrant.maxBp ?? null, m.discountGrant.maxFen ?? null) : s.discountNone}
        </td>
        <td>{m.disabled ? <span className="tag tag-bad">{s.disabled}</span> : <span className="tag tag-ok">{s.active}</span>}</td>
        <td className="row-actions">
          {m.disabled ? (
            <button type="button" className="btn btn-small" onClick={() => void run(s.enable, () => enable({ staffId: m.id }))}>
              {s.enable}
            </button>
          ) : (
            <button
              type="button"
              className="btn btn-small btn-danger"
              onClick={() => void run(s.disable, () => disable({ staffId: m.id }))}
            >
              {s.disable}
            </button>
          )}
          <button type="button" className="btn btn-small" onClick={() => setEditing(editing === 'password' ? null : 'password')}>
            {s.resetPassword}
          </button>
          {m.role === 'CLERK' && (
            <button type="button" className="btn btn-small" onClick={() => setEditing(editing === 'pin' ? null : 'pin')}>
              {s.resetPin}
            </button>
          )}
          {m.role === 'CLERK' && (
            <button type="button" className="btn btn-small" onClick={() => setEditing(editing === 'discount' ? null : 'discount')}>
              {s.discount}
            </button>
          )}
        </td>
      </tr>
      {editing && (
        <tr className="row-edit">
          <td colSpan={8}>
            {editing === 'discount' ? (
              <form className="inline-form" onSubmit={submit}>
                <label>
                  {s.discountMaxPercent}
                  <input value={percent} onChange={(e) => setPercent(e.target.value)} inputMode="decimal" autoComplete="off" />
                </label>
                <label>
                  {s.discountMaxYuan}
                  <input value={amount} onChange={(e) => setAmount(e.target.value)} inputMode="decimal" autoComplete="off" />
                </label>
                <button type="submit" className="btn btn-primary btn-small">
                  {s.grantDiscount}
                </button>
                {m.discountGrant && (
                  <button
                    type="button"
                    className="btn btn-small"
                    onClick={() => void run(s.withdrawDiscount, () => setGrant({ staffId: m.id, grant: null }))}
                  >
                    {s.withdrawDiscount}
                  </button>
                )}
              </form>
            ) : (
              <form className="inline-form" onSubmit={submit}>
                <label>
                  {editing === 'password' ? s.newPassword : s.newPin}
                  <input
                    type={editing === 'password' ? 'password' : 'text'}
                    inputMode={editing === 'pin' ? 'numeric' : undefined}
                    value={value}
                    autoComplete="new-password"
                    onChange={(e) => setValue(e.target.value)}
                    autoFocus
                  />
                </label>
                <button type="submit" className="btn btn-primary btn-small">
                  {editing === 'password' ? s.resetPassword : s.resetPin}
                </button>
                {editing === 'pin' && m.hasPin && (
                  <button
                    type="button"
                    className="btn btn-small"
                    onClick={() => void run(s.clearPin, () => resetPin({ staffId: m.id, pin: null }))}
                  >
                    {s.clearPin}
                  </button>
                )}
              </form>
            )}
          </td>
        </tr>
      )}
    </>
  );
}

function CreateClerk({
  storeId,
  stores,
  onCreated,
  onError,
}: {
  storeId: string;
  stores: ReturnType<typeof useStores>;
  onCreated: (who: string) => void;
  onError: (text: string) => void;
}) {
  const [form, setForm] = useState({ username: '', displayName: '', password: '', pin: '', storeId: '' });
  const [{ fetching }, create] = useMutation(HqCreateStaffDocument);
  const target = form.storeId || storeId;
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value });

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!target) return onError(s.chooseStore);
    const res = await create({
      input: {
        username: form.username.trim(),
        displayName: form.displayName.trim(),
        password: form.password,
        pin: form.pin || null,
        role: 'CLERK',
        storeId: target,
      },
    });
    const r = res.data?.createStaff;
    if (!r) return onError(describeFault(res.error) ?? '');
    if (r.__typename === 'UsernameTakenError') return onError(s.usernameTaken);
    if (r.__typename !== 'StaffMember') return onError(r.message);
    setForm({ username: '', displayName: '', password: '', pin: '', storeId: '' });
    onCreated(r.username);
  }

  return (
    <form className="card form-stack" onSubmit={submit} aria-label={s.create}>
      <h2>{s.create}</h2>
      <label>
        {s.store}
        <select value={target} onChange={set('storeId')}>
          <option value="">—</option>
          {stores.map((st) => (
            <option key={st.id} value={st.id}>
              {st.code} {st.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {s.username}
        <input value={form.username} onChange={set('username')} autoComplete="off" required />
      </label>
      <label>
        {s.displayName}
        <input value={form.displayName} onChange={set('displayName')} required />
      </label>
      <label>
        {s.password}
        <input type="password" value={form.password} onChange={set('password')} autoComplete="new-password" minLength={10} required />
      </label>
      <label>
        {s.pinOptional}
        <input value={form.pin} onChange={set('pin')} inputMode="numeric" pattern="[0-9]{4,6}" autoComplete="off" />
      </label>
      <button type="submit" className="btn btn-primary" disabled={fetching}>
        {s.create}
      </button>
    </form>
  );
}
