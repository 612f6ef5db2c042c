// HQ's product list: search by name, code or barcode; filter by category, status and store; page by page.
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useClient } from 'urql';
import { StoreFilter } from '../../components/hq/StoreFilter';
import { useCategoryTree } from '../../components/hq/useCategories';
import { HqProductsDocument, type HqProductsQuery, type ProductStatus } from '../../generated/graphql';
import { describeFault } from '../../graphql/errors';
import { hq } from '../../hq-strings';
import { yuan } from '../../lib/money';
import { ImportPanel } from './ImportPanel';
import '../hq.css';
import '../../components/hq/catalog.css';

const s = hq.catalog;
const PAGE = 50;
type Row = HqProductsQuery['products']['nodes'][number];

export default function HqProductsPage() {
  const client = useClient();
  const { flat } = useCategoryTree();
  const [search, setSearch] = useState('');
  const [categoryId, setCategoryId] = useState('');
  const [status, setStatus] = useState('');
  const [storeId, setStoreId] = useState('');
  const [rows, setRows] = useState<Row[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [more, setMore] = useState(false);
  const [fault, setFault] = useState<string | null>(null);

  async function load(after: string | null) {
    const res = await client
      .query(
        HqProductsDocument,
        {
          first: PAGE,
          after,
          search: search.trim() || null,
          categoryId: categoryId || null,
          storeId: storeId || null,
          status: (status || null) as ProductStatus | null,
        },
        { requestPolicy: 'network-only' },
      )
      .toPromise();
    if (res.error) return setFault(describeFault(res.error) ?? '');
    setFault(null);
    const page = res.data!.products;
    setRows((prev) => (after ? [...prev, ...page.nodes] : page.nodes));
    setCursor(page.pageInfo.endCursor ?? null);
    setMore(page.pageInfo.hasNextPage);
  }

  useEffect(() => {
    const timer = setTimeout(() => void load(null), 250);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [search, categoryId, status, storeId]);

  return (
    <section className="hq-page">
      <div className="hq-head">
        <h1 className="page-title">{s.title}</h1>
        <Link to="/hq/products/new" className="btn btn-primary">
          {s.newProduct}
        </Link>
      </div>
      <ImportPanel onImported={() => void load(null)} />
      <div className="hq-filters">
        <input
          type="search"
          className="catalog-search"
          placeholder={s.search}
          aria-label={s.search}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
        <label>
          {s.category}
          <select aria-label={s.category} value={categoryId} onChange={(e) => setCategoryId(e.target.value)}>
            <option value="">{s.allCategories}</option>
            {flat.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          {s.status}
          <select aria-label={s.status} value={status} onChange={(e) => setStatus(e.target.value)}>
            <option value="">{s.allStatuses}</option>
            {Object.entries(s.statuses).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <StoreFilter value={storeId} onChange={setStoreId} />
      </div>
      {fault && (
        <p className="form-error" role="alert">
          {fault}
        </p>
      )}
      <div className="card">
        <div className="table-wrap">
          <table className="table" data-testid="products">
            <thead>
              <tr>
                <th>{s.picture}</th>
                <th>{s.name}</th>
                <th>{s.code}</th>
                <th>{s.category}</th>
                <th>{s.status}</th>
                <th className="num">{s.skus}</th>
                <th className="num">{s.price}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {rows.map((p) => {
                const prices = p.skus.filter((k) => k.active).map((k) => k.priceFen);
                return (
                  <tr key={p.id} data-testid={`product-${p.code}`}>
                    <td>
                      <img className="catalog-thumb" src={p.imageUrl} alt="" width={48} height={48} loading="lazy" />
                    </td>
                    <td>{p.name}</td>
                    <td className="nowrap">{p.code}</td>
                    <td>{p.categories.map((c) => c.name).join('、')}</td>
                    <td>
                      <span className={p.status === 'ON_SALE' ? 'tag tag-ok' : 'tag'}>{s.statuses[p.status] ?? p.status}</span>
                    </td>
                    <td className="num">{prices.length}</td>
                    <td className="num nowrap">{prices.length ? yuan(Math.min(...prices)) : '—'}</td>
                    <td>
                      <Link to={`/hq/products/${p.id}`} className="btn btn-small">
                        {s.edit}
                      </Link>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <p className="muted" role="status">
          {rows.length ? s.shown(rows.length) : s.none}
        </p>
        {more && (
          <button type="button" className="btn" onClick={() => void load(cursor)}>
            {s.more}
          </button>
        )}
      </div>
    </section>
  );
}
