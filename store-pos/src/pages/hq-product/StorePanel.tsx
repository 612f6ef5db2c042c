// One store's view of a product: each SKU's price there now and whether it is on the shelf; HQ puts all SKUs
// on or off the shelf, sets a store price (now or for a time) and reads the price history.
import { useEffect, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { StoreFilter } from '../../components/hq/StoreFilter';
import { HqPriceGroupsDocument, HqSchedulePriceDocument, HqSetListingDocument, HqSkusAtStoreDocument } from '../../generated/graphql';
import { describeFault } from '../../graphql/errors';
import { hq } from '../../hq-strings';
import { ShelfButtons } from './ShelfButtons';
import { fenFromYuan, yuan } from '../../lib/money';

const s = hq.catalog;

export function StorePanel({
  productId,
  skus,
  onNotice,
  version,
}: {
  productId: string;
  skus: { id: string; code: string; label: string }[];
  onNotice: (tone: 'ok' | 'bad', text: string) => void;
  /** Bumped when a group's prices or listing changed: what this store shows may have changed with them. */
  version: number;
}) {
  const [storeId, setStoreId] = useState('');
  const [skuId, setSkuId] = useState('');
  const [price, setPrice] = useState('');
  const [startsAt, setStartsAt] = useState('');
  const [endsAt, setEndsAt] = useState('');
  const [{ data }, reload] = useQuery({
    query: HqSkusAtStoreDocument,
    variables: { id: productId, storeId },
    pause: !storeId,
    requestPolicy: 'network-only',
  });
  const [, setListing] = useMutation(HqSetListingDocument);
  const [, schedule] = useMutation(HqSchedulePriceDocument);
  const refresh = () => reload({ requestPolicy: 'network-only' });
  useEffect(() => {
    if (version && storeId) refresh();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [version]);
  const atStore = new Map((data?.product?.skus ?? []).map((k) => [k.id, k]));
  // The groups this store is in: their prices apply here unless the store has its own.
  const [{ data: groupData }] = useQuery({ query: HqPriceGroupsDocument });
  const groupsHere = new Map((groupData?.storeGroups ?? []).filter((g) => g.storeIds.includes(storeId)).map((g) => [g.id, g.name]));
  const placeOf = (p: { storeId?: string | null; storeGroupId?: string | null }) =>
    p.storeId
      ? p.storeId === storeId
        ? `${s.ownStore} `
        : null
      : p.storeGroupId
        ? groupsHere.has(p.storeGroupId)
          ? `${groupsHere.get(p.storeGroupId)} `
          : null
        : `${s.chain} `;

  async function shelf(onShelf: boolean) {
    const res = await setListing({ input: { storeId, skuIds: skus.map((k) => k.id), onShelf } });
    const out = res.data?.setListing;
    if (res.error) onNotice('bad', describeFault(res.error) ?? '');
    else if (out?.__typename === 'ListingChange') onNotice('ok', s.listed(out.changed));
    else onNotice('bad', (out as { message?: string } | undefined)?.message ?? '');
    refresh();
  }

  async function setStorePrice() {
    const fen = fenFromYuan(price);
    if (!fen || fen <= 0) return onNotice('bad', s.badPrice);
    const res = await schedule({
      input: {
        skuId: skuId || skus[0]!.id,
        storeId,
        priceFen: fen,
        startsAt: startsAt ? new Date(startsAt).toISOString() : null,
        endsAt: endsAt ? new Date(endsAt).toISOString() : null,
      },
    });
    const out = res.data?.scheduleSkuPrice;
    if (res.error) onNotice('bad', describeFault(res.error) ?? '');
    else if (out?.__typename === 'SkuPriceChange') onNotice('ok', s.priceSet);
    else onNotice('bad', (out as { message?: string } | undefined)?.message ?? '');
    refresh();
  }

  return (
    <div className="card" data-testid="store-panel">
      <h2>{s.storePrices}</h2>
      <div className="hq-filters">
        <StoreFilter value={storeId} onChange={setStoreId} />
        {storeId && <ShelfButtons onShelf={(on) => void shelf(on)} />}
      </div>
      {!storeId ? (
        <p className="muted">{s.chooseStore}</p>
      ) : (
        <>
          <div className="table-wrap">
            <table className="table" data-testid="store-skus">
              <thead>
                <tr>
                  <th>{s.skuCode}</th>
                  <th>{s.specs}</th>
                  <th className="num">{s.priceAtStore}</th>
                  <th>{s.status}</th>
                  <th>{s.history}</th>
                </tr>
              </thead>
              <tbody>
                {skus.map((k) => {
                  const here = atStore.get(k.id);
                  return (
                    <tr key={k.id} data-testid={`store-sku-${k.code}`}>
                      <td className="nowrap">{k.code}</td>
                      <td>{k.label}</td>
                      <td className="num">{here ? yuan(here.priceAt) : '—'}</td>
                      <td>
                        {here?.onShelfAt ? <span className="tag tag-ok">{s.onShelf}</span> : <span className="tag">{s.offShelf}</span>}
                      </td>
                      <td className="muted">
                        {(here?.priceHistory ?? [])
                          .filter((p) => placeOf(p) !== null)
                          .map(
                            (p) =>
                              `${placeOf(p)}${yuan(p.priceFen)} ${new Date(p.startsAt).toLocaleDateString('zh-CN')}${p.endsAt ? `–${new Date(p.endsAt).toLocaleDateString('zh-CN')}` : ''}`,
                          )
                          .join('；')}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <div className="hq-filters catalog-price-form">
            <label>
              {s.skuCode}
              <select aria-label={s.skuCode} value={skuId} onChange={(e) => setSkuId(e.target.value)}>
                {skus.map((k) => (
                  <option key={k.id} value={k.id}>
                    {k.code} {k.label}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {s.storePrice}
              <input aria-label={s.storePrice} inputMode="decimal" value={price} onChange={(e) => setPrice(e.target.value)} />
            </label>
            <label>
              {s.startsAt}
              <input type="datetime-local" aria-label={s.startsAt} value={startsAt} onChange={(e) => setStartsAt(e.target.value)} />
            </label>
            <label>
              {s.endsAt}
              <input type="datetime-local" aria-label={s.endsAt} value={endsAt} onChange={(e) => setEndsAt(e.target.value)} />
            </label>
            <button type="button" className="btn btn-primary" onClick={() => void setStorePrice()}>
              {s.setPrice}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
