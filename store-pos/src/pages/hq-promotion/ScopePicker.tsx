// Which lines a promotion covers: categories, stores and SKUs (none chosen on an axis = all of it).
import { useEffect, useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { useCategoryTree } from '../../components/hq/useCategories';
import { useStores } from '../../components/hq/useStores';
import { HqSkuSearchDocument } from '../../generated/graphql';
import { hq } from '../../hq-strings';
import { yuan } from '../../lib/money';

const s = hq.promo;

interface Props {
  categoryIds: string[];
  storeIds: string[];
  skuIds: string[];
  onChange: (patch: { categoryIds?: string[]; storeIds?: string[]; skuIds?: string[] }) => void;
  error?: string;
}

const toggle = (ids: string[], id: string, on: boolean) => (on ? [...ids, id] : ids.filter((x) => x !== id));

export function ScopePicker({ categoryIds, storeIds, skuIds, onChange, error }: Props) {
  const { flat } = useCategoryTree();
  const stores = useStores();
  const [storeSearch, setStoreSearch] = useState('');
  const [skuSearch, setSkuSearch] = useState('');
  const [asked, setAsked] = useState('');
  const [labels, setLabels] = useState<Record<string, string>>({});
  useEffect(() => {
    const timer = setTimeout(() => setAsked(skuSearch.trim()), 300);
    return () => clearTimeout(timer);
  }, [skuSearch]);
  const [{ data }] = useQuery({ query: HqSkuSearchDocument, variables: { search: asked }, pause: !asked });
  const found = useMemo(
    () =>
      (asked ? (data?.products.nodes ?? []) : []).flatMap((p) =>
        p.skus
          .filter((k) => k.active)
          .map((k) => ({
            id: k.id,
            label: `${p.name}${k.attributes.length ? ` ${k.attributes.map((a) => a.value).join(' ')}` : ''}`,
            code: k.code,
            priceFen: k.priceFen,
          })),
      ),
    [data, asked],
  );
  const shownStores = stores.filter((st) => !storeSearch.trim() || `${st.code} ${st.name}`.includes(storeSearch.trim()));

  return (
    <fieldset className="promo-wide promo-scope-set" aria-describedby={error ? 'err-scope' : undefined}>
      <legend>{s.scope}</legend>
      {error && (
        <span className="promo-field-error promo-wide" id="err-scope">
          {error}
        </span>
      )}
      <div className="promo-scope promo-wide">
        <div className="promo-pick" role="group" aria-label={s.categories}>
          <strong>{s.categories}</strong>
          <div className="promo-pick-list">
            {flat.map((c) => (
              <label key={c.id}>
                <input
                  type="checkbox"
                  checked={categoryIds.includes(c.id)}
                  onChange={(e) => onChange({ categoryIds: toggle(categoryIds, c.id, e.target.checked) })}
                />
                {c.label.trim()}
              </label>
            ))}
          </div>
        </div>
        <div className="promo-pick" role="group" aria-label={s.stores}>
          <strong>
            {s.stores} <span className="muted">{storeIds.length ? s.storesChosen(storeIds.length) : ''}</span>
          </strong>
          <input
            type="search"
            placeholder={s.storeSearch}
            aria-label={s.storeSearch}
            value={storeSearch}
            onChange={(e) => setStoreSearch(e.target.value)}
          />
          <div className="promo-pick-list">
            {shownStores.map((st) => (
              <label key={st.id}>
                <input
                  type="checkbox"
                  checked={storeIds.includes(st.id)}
                  onChange={(e) => onChange({ storeIds: toggle(storeIds, st.id, e.target.checked) })}
                />
                {st.code} {st.name}
              </label>
            ))}
          </div>
          {storeIds.length > 0 && (
            <button type="button" className="btn btn-small" onClick={() => onChange({ storeIds: [] })}>
              {s.clear}
            </button>
          )}
        </div>
        <div className="promo-pick" role="group" aria-label={s.skus}>
          <strong>
            {s.skus} <span className="muted">{skuIds.length ? s.skuChosen(skuIds.length) : ''}</span>
          </strong>
          <input
            type="search"
            placeholder={s.skuSearch}
            aria-label={s.skuSearch}
            value={skuSearch}
            onChange={(e) => setSkuSearch(e.target.value)}
          />
          <div className="promo-pick-list">
            {found.map((k) => (
              <label key={k.id}>
                <input
                  type="checkbox"
                  checked={skuIds.includes(k.id)}
                  onChange={(e) => {
                    setLabels((l) => ({ ...l, [k.id]: k.label }));
                    onChange({ skuIds: toggle(skuIds, k.id, e.target.checked) });
                  }}
                />
                <span>
                  {k.label}{' '}
                  <span className="muted">
                    {k.code} · {yuan(k.priceFen)}
                  </span>
                </span>
              </label>
            ))}
          </div>
          {skuIds.length > 0 && (
            <div className="promo-chips">
              {skuIds.map(
                (id) =>
                  labels[id] && (
                    <span key={id} className="tag">
                      {labels[id]}
                    </span>
                  ),
              )}
              <button type="button" className="btn btn-small" onClick={() => onChange({ skuIds: [] })}>
                {s.clear}
              </button>
            </div>
          )}
        </div>
      </div>
    </fieldset>
  );
}
