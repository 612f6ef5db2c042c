// HQ's stores on a map: a filtered list beside it, the selected store's zone drawn or reshaped and saved with the
// API's verdict on the shape, and "where would this point be served from" for a sample cart, both fulfilments.
import { useMemo, useRef, useState } from 'react';
import { useClient, useMutation, useQuery } from 'urql';
import { useAllPages } from '../../components/hq/useAllPages';
import {
  HqMapStoresDocument,
  HqStoreGroupsDocument,
  HqRouteCheckDocument,
  HqSampleSkuDocument,
  HqSaveZoneDocument,
  type HqMapStoresQuery,
  type HqRouteCheckQuery,
  type HqRouteResultFragment,
} from '../../generated/graphql';
import { describeFault } from '../../graphql/errors';
import { reasonText } from '../../graphql/reasons';
import { hq } from '../../hq-strings';
import { BasemapPicker } from './BasemapPicker';
import { CreateStore } from './CreateStore';
import { readBasemap } from './geo';
import { NetworkImport } from './NetworkImport';
import { StoreEditor } from './StoreEditor';
import { StoreGroups } from './StoreGroups';
import { ZoneMap, type ZoneMapHandle } from './ZoneMap';
import '../hq.css';

const s = hq.stores;
const pickStores = (d: HqMapStoresQuery) => d.stores;

export default function HqStoresPage() {
  const client = useClient();
  const { nodes, error, reload: reloadStores } = useAllPages(HqMapStoresDocument, pickStores);
  const reload = (_?: unknown) => reloadStores();
  const [city, setCity] = useState('');
  const [status, setStatus] = useState('');
  const [groupId, setGroupId] = useState('');
  const [{ data: groupData }] = useQuery({ query: HqStoreGroupsDocument, requestPolicy: 'cache-and-network' });
  const groups = groupData?.storeGroups ?? [];
  const inGroup = groups.find((g) => g.id === groupId)?.storeIds;
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const [invalid, setInvalid] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const [checkPoint, setCheckPoint] = useState<{ lat: number; lng: number } | null>(null);
  const [route, setRoute] = useState<HqRouteCheckQuery | null>(null);
  const [basemap, setBasemap] = useState(readBasemap());
  const [, saveZone] = useMutation(HqSaveZoneDocument);
  const mapRef = useRef<ZoneMapHandle>(null);

  const all = useMemo(() => nodes ?? [], [nodes]);
  const cities = [...new Set(all.map((x) => x.city))].sort();
  const shown = all.filter((x) => (!city || x.city === city) && (!status || x.status === status) && (!inGroup || inGroup.includes(x.id)));
  const selected = all.find((x) => x.id === selectedId) ?? null;

  function select(id: string) {
    if (id === selectedId) return; // a click on the selected store's own zone (e.g. while drawing) changes nothing
    mapRef.current?.cancel();
    setSelectedId(id);
    setEditing(false);
    setInvalid(null);
    setNotice(null);
  }

  async function save() {
    if (!selected) return;
    const zone = mapRef.current?.pendingZone();
    if (!zone) return;
    const res = await saveZone({ id: selected.id, input: { deliveryZone: zone } });
    const r = res.data?.updateStore;
    if (!r) return setInvalid(describeFault(res.error));
    if (r.__typename === 'InvalidZoneError') return setInvalid(reasonText(r.reason || r.message));
    if (r.__typename !== 'Store') return setInvalid(reasonText(r.message));
    mapRef.current?.cancel();
    setEditing(false);
    setInvalid(null);
    setNotice(s.saved(r.code));
    reload({ requestPolicy: 'network-only' });
  }

  async function check(p: { lat: number; lng: number }) {
    setCheckPoint(p);
    setRoute(null);
    const storeId = selected?.id ?? shown[0]?.id;
    if (!storeId) return;
    const sample = await client.query(HqSampleSkuDocument, { storeId }, { requestPolicy: 'network-only' }).toPromise();
    const sku = sample.data?.storeStock.nodes[0]?.sku.id;
    if (!sku) return;
    const lines = [{ skuId: sku, quantity: 1 }];
    const location = { lat: p.lat, lng: p.lng, system: 'WGS84' as const };
    const res = await client
      .query(
        HqRouteCheckDocument,
        { delivery: { fulfilment: 'DELIVERY', lines, location }, pickup: { fulfilment: 'PICKUP', lines, location } },
        { requestPolicy: 'network-only' },
      )
      .toPromise();
    setRoute(res.data ?? null);
  }

  return (
    <section className="hq-page">
      <div className="hq-head">
        <h1 className="page-title">{s.title}</h1>
        <div className="hq-filters">
          <label>
            {s.city}
            <select value={city} onChange={(e) => setCity(e.target.value)} aria-label={s.city}>
              <option value="">{s.all}</option>
              {cities.map((c) => (
                <option key={c}>{c}</option>
              ))}
            </select>
          </label>
          <label>
            {s.status}
            <select value={status} onChange={(e) => setStatus(e.target.value)} aria-label={s.status}>
              <option value="">{s.all}</option>
              {Object.entries(s.statuses).map(([v, label]) => (
                <option key={v} value={v}>
                  {label}
                </option>
              ))}
            </select>
          </label>
          <label>
            {s.groups}
            <select value={groupId} onChange={(e) => setGroupId(e.target.value)} aria-label={s.groups}>
              <option value="">{s.all}</option>
              {groups.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.name}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            className={checking ? 'btn btn-primary' : 'btn'}
            aria-pressed={checking}
            onClick={() => (setChecking(!checking), setRoute(null), setCheckPoint(null))}
          >
            {s.check}
          </button>
        </div>
      </div>
      {error && <p className="form-error">{describeFault(error)}</p>}
      {notice && (
        <p className="hq-notice hq-notice-ok" role="status">
          {notice}
        </p>
      )}
      <div className="stores-layout">
        <div className="card store-list">
          {nodes && (
            <p className="muted store-count" data-testid="store-count">
              {s.count(shown.length, all.length)}
            </p>
          )}
          {shown.map((x) => (
            <button
              key={x.id}
              type="button"
              className={x.id === selectedId ? 'version version-on' : 'version'}
              onClick={() => select(x.id)}
              data-testid={`store-${x.code}`}
            >
              <strong>{x.code}</strong> {x.name}
              <span className={x.status === 'ACTIVE' ? 'tag tag-ok' : 'tag tag-bad'}>{s.statuses[x.status]}</span>
              <span className="muted version-when">
                {x.deliveryZone ? s.polygon : x.deliveryRadiusM ? s.radius(x.deliveryRadiusM) : s.noZone}
              </span>
            </button>
          ))}
        </div>
        <div className="map-side">
          <ZoneMap
            ref={mapRef}
            stores={shown}
            selectedId={selectedId}
            basemap={basemap}
            invalid={!!invalid}
            checking={checking}
            checkPoint={checkPoint}
            onPick={(p) => void check(p)}
            onSelect={select}
          />
          <BasemapPicker value={basemap} onChange={setBasemap} />
          {checking && <p className="muted hq-note">{s.checkHint}</p>}
          {route && <RouteAnswer route={route} />}
          {selected && !checking && (
            <div className="card zone-panel">
              <h2>
                {selected.code} {selected.name} · {s.zone}
              </h2>
              {invalid && (
                <p className="form-error" role="alert" data-testid="zone-invalid">
                  {s.invalid}
                  {invalid}
                </p>
              )}
              {editing && <p className="muted">{s.drawHint}</p>}
              <div className="inline-form">
                <button
                  type="button"
                  className="btn btn-small"
                  onClick={() => (mapRef.current?.draw(), setEditing(true), setInvalid(null), setNotice(null))}
                >
                  {s.draw}
                </button>
                {selected.deliveryZone ? (
                  <button
                    type="button"
                    className="btn btn-small"
                    onClick={() => (mapRef.current?.reshape(), setEditing(true), setInvalid(null))}
                  >
                    {s.reshape}
                  </button>
                ) : null}
                {editing && (
                  <>
                    <button type="button" className="btn btn-primary btn-small" onClick={() => void save()}>
                      {s.saveZone}
                    </button>
                    <button
                      type="button"
                      className="btn btn-small btn-ghost"
                      onClick={() => (mapRef.current?.cancel(), setEditing(false), setInvalid(null))}
                    >
                      {s.cancel}
                    </button>
                  </>
                )}
              </div>
            </div>
          )}
          {selected && !checking && (
            <StoreEditor
              key={selected.id}
              store={selected}
              onSaved={(code) => {
                setNotice(s.storeSaved(code));
                reload({ requestPolicy: 'network-only' });
              }}
            />
          )}
          {!selected && !checking && <p className="muted">{s.pickStore}</p>}
          <CreateStore
            onCreated={(id, code) => {
              setNotice(s.created(code));
              reload();
              setSelectedId(id);
            }}
          />
          <NetworkImport onImported={() => reload({ requestPolicy: 'network-only' })} />
          <StoreGroups stores={all} />
        </div>
      </div>
    </section>
  );
}

function describeRoute(r: HqRouteResultFragment): string {
  if (r.__typename === 'RoutedToStore') return s.routed(r.store.code, r.store.name, r.distanceM);
  if (r.__typename === 'SplitProposal') return s.split(r.parts.map((p) => p.store.code).join('、'));
  if (r.__typename === 'NoStoreAvailable') {
    const near = r.candidates.slice(0, 3).map((c) => `${c.store.code}：${c.reasons.map((x) => s.reasons[x] ?? x).join('、')}`);
    return `${s.none}${near.length ? `（${near.join('；')}）` : ''}`;
  }
  return 'message' in r ? r.message : '';
}

function RouteAnswer({ route }: { route: HqRouteCheckQuery }) {
  return (
    <div className="card route-answer" data-testid="route-answer">
      <p>
        <strong>{s.deliveryTo}：</strong>
        <span data-testid="route-delivery">{describeRoute(route.delivery)}</span>
      </p>
      <p>
        <strong>{s.pickupAt}：</strong>
        <span data-testid="route-pickup">{describeRoute(route.pickup)}</span>
      </p>
    </div>
  );
}
