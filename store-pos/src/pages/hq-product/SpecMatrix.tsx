// Spec dimensions and the SKU matrix they make: one row per combination with its code, barcode and prices.
import { hq } from '../../hq-strings';
import { combinationsOf, keyOf, labelOf, type SkuDraft, type SpecDraft } from './matrix';

const s = hq.catalog;

export function SpecMatrix({
  specs,
  skus,
  productCode,
  onSpecs,
  onSku,
}: {
  specs: SpecDraft[];
  skus: Record<string, SkuDraft>;
  productCode: string;
  onSpecs: (next: SpecDraft[]) => void;
  onSku: (key: string, next: SkuDraft) => void;
}) {
  const rows = combinationsOf(specs);
  const draftOf = (key: string, i: number): SkuDraft =>
    skus[key] ?? { code: productCode ? `${productCode}-${i + 1}` : '', barcode: '', price: '', compareAt: '' };
  return (
    <div className="card">
      <h2>{s.specs}</h2>
      {specs.map((spec, i) => (
        <div className="catalog-spec" key={i}>
          <label>
            {s.specName}
            <input value={spec.name} onChange={(e) => onSpecs(specs.map((x, j) => (j === i ? { ...x, name: e.target.value } : x)))} />
          </label>
          <label className="catalog-grow">
            {s.specValues}
            <input value={spec.values} onChange={(e) => onSpecs(specs.map((x, j) => (j === i ? { ...x, values: e.target.value } : x)))} />
          </label>
          <button type="button" className="btn btn-small" onClick={() => onSpecs(specs.filter((_, j) => j !== i))}>
            {s.removeSpec}
          </button>
        </div>
      ))}
      {specs.length < 3 && (
        <button type="button" className="btn btn-small" onClick={() => onSpecs([...specs, { name: '', values: '' }])}>
          {s.addSpec}
        </button>
      )}
      <h2>{s.matrix}</h2>
      <div className="table-wrap">
        <table className="table" data-testid="sku-matrix">
          <thead>
            <tr>
              <th>{s.specs}</th>
              <th>{s.skuCode}</th>
              <th>{s.barcode}</th>
              <th>{s.listPrice}</th>
              <th>{s.compareAt}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((combo, i) => {
              const key = keyOf(combo);
              const d = draftOf(key, i);
              const set = (patch: Partial<SkuDraft>) => onSku(key, { ...d, ...patch });
              const label = labelOf(combo);
              return (
                <tr key={key} data-testid={`sku-${label}`}>
                  <td className="nowrap">{label}</td>
                  <td>
                    <input aria-label={`${label} ${s.skuCode}`} value={d.code} onChange={(e) => set({ code: e.target.value })} />
                  </td>
                  <td>
                    <input
                      aria-label={`${label} ${s.barcode}`}
                      inputMode="numeric"
                      value={d.barcode}
                      onChange={(e) => set({ barcode: e.target.value })}
                    />
                  </td>
                  <td>
                    <input
                      aria-label={`${label} ${s.listPrice}`}
                      inputMode="decimal"
                      value={d.price}
                      onChange={(e) => set({ price: e.target.value })}
                    />
                  </td>
                  <td>
                    <input
                      aria-label={`${label} ${s.compareAt}`}
                      inputMode="decimal"
                      value={d.compareAt}
                      onChange={(e) => set({ compareAt: e.target.value })}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
