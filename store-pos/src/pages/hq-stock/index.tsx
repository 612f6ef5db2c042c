// HQ's stock sheets for one store: its stock exported as .xlsx, the template, and an import of on-hand counts with
// a progress bar and each bad row's error (the same flow as the catalog's 导入/导出).
import { useState } from 'react';
import { SheetImport, type SheetReport } from '../../components/hq/SheetImport';
import { StoreFilter } from '../../components/hq/StoreFilter';
import { useStores } from '../../components/hq/useStores';
import { hq } from '../../hq-strings';
import '../hq.css';
import '../../components/hq/catalog.css';

const s = hq.stock;

interface StockReport extends SheetReport {
  changed?: number;
}

export default function HqStockPage() {
  const [storeId, setStoreId] = useState('');
  const store = useStores().find((st) => st.id === storeId);
  return (
    <section className="hq-page">
      <div className="hq-head">
        <h1 className="page-title">{s.title}</h1>
      </div>
      <p className="muted">{s.hint}</p>
      <div className="hq-filters">
        <StoreFilter value={storeId} onChange={setStoreId} />
      </div>
      {!store ? (
        <p className="muted">{s.chooseStore}</p>
      ) : (
        // Keyed by store: a report shown for one store never stays on screen for the next.
        <SheetImport<StockReport>
          key={store.id}
          testId="stock-import"
          template={{ path: `/stores/${store.id}/stock/template`, name: `库存导入模板-${store.code}` }}
          exported={{ path: `/stores/${store.id}/stock/export`, name: `库存-${store.code}`, label: s.export }}
          importPath={`/stores/${store.id}/stock/import`}
          appliedText={(r) => s.applied(r.changed ?? 0)}
        >
          <h2>
            {store.code} {store.name}
          </h2>
        </SheetImport>
      )}
    </section>
  );
}
