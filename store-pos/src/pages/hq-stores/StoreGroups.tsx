// Store groups (used by split rules): each group with its stores; create one or replace its stores by code.
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { HqSaveStoreGroupDocument, HqStoreGroupsDocument, type HqMapStoreFieldsFragment } from '../../generated/graphql';
import { describeFault } from '../../graphql/errors';
import { hq } from '../../hq-strings';

const s = hq.stores;

export function StoreGroups({ stores }: { stores: HqMapStoreFieldsFragment[] }) {
  const [{ data }, reload] = useQuery({ query: HqStoreGroupsDocument, requestPolicy: 'cache-and-network' });
  const [, save] = useMutation(HqSaveStoreGroupDocument);
  const [form, setForm] = useState({ code: '', name: '', storeIds: [] as string[] });
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);
  const codeOf = new Map(stores.map((x) => [x.id, x.code]));

  async function submit(e: FormEvent) {
    e.preventDefault();
    const res = await save({ input: { code: form.code.trim(), name: form.name.trim(), storeIds: form.storeIds } });
    if (!res.data) return setNote({ ok: false, text: describeFault(res.error) ?? '' });
    setNote({ ok: true, text: s.groupSaved(res.data.saveStoreGroup.name) });
    setForm({ code: '', name: '', storeIds: [] });
    reload({ requestPolicy: 'network-only' });
  }

  return (
    <details className="card network-import">
      <summary>{s.groups}</summary>
      <table className="table" data-testid="store-groups">
        <tbody>
          {data?.storeGroups.map((g) => (
            <tr key={g.id}>
              <td className="nowrap">
                <strong>{g.name}</strong> <span className="muted">{g.code}</span>
              </td>
              <td>{g.storeIds.map((id) => codeOf.get(id) ?? id.slice(0, 8)).join('、')}</td>
              <td>
                <button
                  type="button"
                  className="btn btn-small btn-ghost"
                  onClick={() => setForm({ code: g.code, name: g.name, storeIds: g.storeIds })}
                >
                  {s.editGroup}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form className="form-stack" onSubmit={submit} aria-label={s.groups}>
        {note && <p className={note.ok ? 'hq-notice hq-notice-ok' : 'form-error'}>{note.text}</p>}
        <div className="inline-form">
          <label>
            {s.groupCode}
            <input value={form.code} onChange={(e) => setForm({ ...form, code: e.target.value })} required />
          </label>
          <label>
            {s.groupName}
            <input value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} required />
          </label>
        </div>
        <fieldset className="group-stores">
          <legend>{s.groupStores}</legend>
          {stores.map((x) => (
            <label key={x.id} className="check">
              <input
                type="checkbox"
                checked={form.storeIds.includes(x.id)}
                onChange={(e) =>
                  setForm({ ...form, storeIds: e.target.checked ? [...form.storeIds, x.id] : form.storeIds.filter((id) => id !== x.id) })
                }
              />
              {x.code} {x.name}
            </label>
          ))}
        </fieldset>
        <div>
          <button type="submit" className="btn btn-primary btn-small">
            {s.saveGroup}
          </button>
        </div>
      </form>
    </details>
  );
}
