// One store group's view of a product: HQ puts all its SKUs on or off the shelf at every store of the group and
// sets a group price (now or for a time). A store's own price still wins over its group's.
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { HqPriceGroupsDocument, HqSchedulePriceDocument, HqSetListingDocument } from '../../generated/graphql';
import { describeFault } from '../../graphql/errors';
import { hq } from '../../hq-strings';
import { ShelfButtons } from './ShelfButtons';
import { fenFromYuan } from '../../lib/money';

const s = hq.catalog;

export function GroupPanel({
  skus,
  onNotice,
  onChanged,
}: {
  skus: { id: string; code: string; label: string }[];
  onNotice: (tone: 'ok' | 'bad', text: string) => void;
  /** Prices or listing changed somewhere: the store view reads again. */
  onChanged: () => void;
}) {
  const [{ data }] = useQuery({ query: HqPriceGroupsDocument });
  const groups = data?.storeGroups ?? [];
  const [groupId, setGroupId] = useState('');
  const [skuId, setSkuId] = useState('');
  const [price, setPrice] = useState('');
  const [startsAt, setStartsAt] = useState('');
  const [endsAt, setEndsAt] = useState('');
  const [, setListing] = useMutation(HqSetListingDocument);
  const [, schedule] = useMutation(HqSchedulePriceDocument);
  const group = groups.find((g) => g.id === groupId);

  async function shelf(onShelf: boolean) {
    const res = await setListing({ input: { storeGroupId: groupId, skuIds: skus.map((k) => k.id), onShelf } });
    const out = res.data?.setListing;
    if (res.error) onNotice('bad', describeFault(res.error) ?? '');
    else if (out?.__typename === 'ListingChange') onNotice('ok', s.groupListed(out.changed, out.stores));
    else onNotice('bad', (out as { message?: string } | undefined)?.message ?? '');
    onChanged();
  }

  async function setGroupPrice() {
    const fen = fenFromYuan(price);
    if (!fen || fen <= 0) return onNotice('bad', s.badPrice);
    const res = await schedule({
      input: {
        skuId: skuId || skus[0]!.id,
        storeGroupId: groupId,
        priceFen: fen,
        startsAt: startsAt ? new Date(startsAt).toISOString() : null,
        endsAt: endsAt ? new Date(endsAt).toISOString() : null,
      },
    });
    const out = res.data?.scheduleSkuPrice;
    if (res.error) onNotice('bad', describeFault(res.error) ?? '');
    else if (out?.__typename === 'SkuPriceChange') onNotice('ok', s.groupPriceSet(group?.storeIds.length ?? 0));
    else onNotice('bad', (out as { message?: string } | undefined)?.message ?? '');
    onChanged();
  }

  return (
    <div className="card" data-testid="group-panel">
      <h2>{s.groupPrices}</h2>
      <p className="muted">{s.groupHint}</p>
      {groups.length === 0 ? (
        <p className="muted">{s.noGroups}</p>
      ) : (
        <div className="hq-filters">
          <label>
            {s.groupLabel}
            <select aria-label={s.groupLabel} value={groupId} onChange={(e) => setGroupId(e.target.value)}>
              <option value="">{s.chooseGroup}</option>
              {groups.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.name}（{s.groupStores(g.storeIds.length)}）
                </option>
              ))}
            </select>
          </label>
          {groupId && <ShelfButtons onShelf={(on) => void shelf(on)} />}
        </div>
      )}
      {groupId && (
        <div className="hq-filters catalog-price-form">
          <label>
            {s.skuCode}
            <select aria-label={`${s.groupLabel}${s.skuCode}`} value={skuId} onChange={(e) => setSkuId(e.target.value)}>
              {skus.map((k) => (
                <option key={k.id} value={k.id}>
                  {k.code} {k.label}
                </option>
              ))}
            </select>
          </label>
          <label>
            {s.groupPrice}
            <input aria-label={s.groupPrice} inputMode="decimal" value={price} onChange={(e) => setPrice(e.target.value)} />
          </label>
          <label>
            {s.startsAt}
            <input
              type="datetime-local"
              aria-label={`${s.groupLabel}${s.startsAt}`}
              value={startsAt}
              onChange={(e) => setStartsAt(e.target.value)}
            />
          </label>
          <label>
            {s.endsAt}
            <input
              type="datetime-local"
              aria-label={`${s.groupLabel}${s.endsAt}`}
              value={endsAt}
              onChange={(e) => setEndsAt(e.target.value)}
            />
          </label>
          <button type="button" className="btn btn-primary" onClick={() => void setGroupPrice()}>
            {s.setGroupPrice}
          </button>
        </div>
      )}
    </div>
  );
}
