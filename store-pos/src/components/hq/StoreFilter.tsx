// The console's store filter: every store, or one ("" means all).
import { hq } from '../../hq-strings';
import { useStores } from './useStores';

export function StoreFilter({ value, onChange }: { value: string; onChange: (storeId: string) => void }) {
  const stores = useStores();
  return (
    <label>
      {hq.period.store}
      <select value={value} onChange={(e) => onChange(e.target.value)} aria-label={hq.period.store}>
        <option value="">{hq.period.allStores}</option>
        {stores.map((st) => (
          <option key={st.id} value={st.id}>
            {st.code} {st.name}
          </option>
        ))}
      </select>
    </label>
  );
}
