// HQ's product editor: basics and categories, specs → SKU matrix (codes, barcodes, prices), pictures, and a
// store's prices and listing. A new product is saved first; pictures and store settings follow.
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useCategoryTree } from '../../components/hq/useCategories';
import { HqProductDocument, HqSaveProductDocument, type HqProductFieldsFragment, type ProductStatus } from '../../generated/graphql';
import { describeFault } from '../../graphql/errors';
import { hq } from '../../hq-strings';
import { fenFromYuan, yuanInput } from '../../lib/money';
import { combinationsOf, dimensions, keyOf, labelOf, type SkuDraft, type SpecDraft } from './matrix';
import { PicturesPanel } from './PicturesPanel';
import { SpecMatrix } from './SpecMatrix';
import { GroupPanel } from './GroupPanel';
import { StorePanel } from './StorePanel';
import '../hq.css';
import '../../components/hq/catalog.css';

const s = hq.catalog;

interface Draft {
  code: string;
  name: string;
  subtitle: string;
  description: string;
  unit: string;
  status: ProductStatus;
  categoryIds: string[];
  specs: SpecDraft[];
  skus: Record<string, SkuDraft>;
}

const EMPTY: Draft = {
  code: '',
  name: '',
  subtitle: '',
  description: '',
  unit: '件',
  status: 'DRAFT',
  categoryIds: [],
  specs: [],
  skus: {},
};

function fromProduct(p: HqProductFieldsFragment): Draft {
  const skus: Record<string, SkuDraft> = {};
  for (const k of p.skus.filter((x) => x.active))
    skus[keyOf(k.attributes)] = {
      code: k.code,
      barcode: k.barcode ?? '',
      price: yuanInput(k.priceFen),
      compareAt: k.compareAtFen ? yuanInput(k.compareAtFen) : '',
    };
  return {
    code: p.code,
    name: p.name,
    subtitle: p.subtitle,
    description: p.description,
    unit: p.unit,
    status: p.status,
    categoryIds: p.categories.map((c) => c.id),
    specs: p.specs.map((x) => ({ name: x.name, values: x.values.join('，') })),
    skus,
  };
}

export default function HqProductPage() {
  const { id = 'new' } = useParams();
  const navigate = useNavigate();
  const isNew = id === 'new';
  const { flat } = useCategoryTree();
  const [{ data, error }, reload] = useQuery({ query: HqProductDocument, variables: { id }, pause: isNew, requestPolicy: 'network-only' });
  const [, save] = useMutation(HqSaveProductDocument);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [notice, setNotice] = useState<{ tone: 'ok' | 'bad'; text: string } | null>(null);
  const [placesVersion, setPlacesVersion] = useState(0);
  const product = isNew ? null : (data?.product ?? null);

  useEffect(() => {
    if (product) setDraft(fromProduct(product));
    // Only when another product (or a fresh copy after a save) arrives.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [product?.id, data]);

  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const notify = (tone: 'ok' | 'bad', text: string) => setNotice({ tone, text });

  async function submit(e: FormEvent) {
    e.preventDefault();
    const rows = combinationsOf(draft.specs);
    const skus = [];
    for (const [i, combo] of rows.entries()) {
      const d = draft.skus[keyOf(combo)] ?? { code: `${draft.code}-${i + 1}`, barcode: '', price: '', compareAt: '' };
      const priceFen = fenFromYuan(d.price);
      if (!priceFen) return notify('bad', `${labelOf(combo)}：${s.badPrice}`);
      skus.push({
        code: d.code.trim() || `${draft.code}-${i + 1}`,
        attributes: combo,
        barcode: d.barcode.trim() || null,
        priceFen,
        compareAtFen: d.compareAt.trim() ? fenFromYuan(d.compareAt) : null,
      });
    }
    const res = await save({
      input: {
        id: isNew ? null : id,
        code: draft.code.trim(),
        name: draft.name.trim(),
        subtitle: draft.subtitle,
        description: draft.description,
        unit: draft.unit,
        status: draft.status,
        categoryIds: draft.categoryIds,
        specs: dimensions(draft.specs),
        skus,
      },
    });
    if (res.error) return notify('bad', describeFault(res.error) ?? '');
    const out = res.data!.saveProduct;
    if (out.__typename !== 'Product') {
      const err = out as { message: string; missing?: string[] };
      return notify('bad', err.missing?.length ? `${err.message}：${s.missing(err.missing)}` : err.message);
    }
    notify('ok', s.saved);
    if (isNew) navigate(`/hq/products/${out.id}`, { replace: true });
    else reload({ requestPolicy: 'network-only' });
  }

  const activeSkus = (product?.skus ?? []).filter((k) => k.active).map((k) => ({ id: k.id, code: k.code, label: labelOf(k.attributes) }));

  return (
    <section className="hq-page">
      <div className="hq-head">
        <h1 className="page-title">{isNew ? s.newProduct : s.editTitle(product?.name ?? '')}</h1>
        <Link to="/hq/products" className="btn">
          {s.title}
        </Link>
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
      <form onSubmit={(e) => void submit(e)} aria-label={s.basics}>
        <div className="card catalog-basics">
          <h2>{s.basics}</h2>
          <label>
            {s.code}
            <input required value={draft.code} onChange={(e) => set({ code: e.target.value })} />
          </label>
          <label>
            {s.name}
            <input required value={draft.name} onChange={(e) => set({ name: e.target.value })} />
          </label>
          <label>
            {s.subtitle}
            <input value={draft.subtitle} onChange={(e) => set({ subtitle: e.target.value })} />
          </label>
          <label>
            {s.unit}
            <input value={draft.unit} onChange={(e) => set({ unit: e.target.value })} />
          </label>
          <label>
            {s.status}
            <select value={draft.status} onChange={(e) => set({ status: e.target.value as ProductStatus })}>
              {Object.entries(s.statuses).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </label>
          <fieldset className="catalog-categories">
            <legend>{s.categories}</legend>
            {flat.map((c) => (
              <label key={c.id} className="catalog-check">
                <input
                  type="checkbox"
                  checked={draft.categoryIds.includes(c.id)}
                  onChange={(e) =>
                    set({ categoryIds: e.target.checked ? [...draft.categoryIds, c.id] : draft.categoryIds.filter((x) => x !== c.id) })
                  }
                />
                {c.label.trim()}
              </label>
            ))}
          </fieldset>
          <label className="catalog-wide">
            {s.description}
            <textarea rows={4} value={draft.description} onChange={(e) => set({ description: e.target.value })} />
          </label>
        </div>
        <SpecMatrix
          specs={draft.specs}
          skus={draft.skus}
          productCode={draft.code.trim()}
          onSpecs={(specs) => set({ specs })}
          onSku={(key, sku) => setDraft((d) => ({ ...d, skus: { ...d.skus, [key]: sku } }))}
        />
        <button type="submit" className="btn btn-primary catalog-save">
          {s.save}
        </button>
      </form>
      <PicturesPanel
        productId={product?.id ?? null}
        pictures={product?.pictures ?? []}
        onChanged={() => reload({ requestPolicy: 'network-only' })}
        onNotice={notify}
      />
      {product && <GroupPanel skus={activeSkus} onNotice={notify} onChanged={() => setPlacesVersion((v) => v + 1)} />}
      {product && <StorePanel productId={product.id} skus={activeSkus} onNotice={notify} version={placesVersion} />}
    </section>
  );
}
