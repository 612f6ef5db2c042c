// Import a store network from a GeoJSON FeatureCollection; a rejected import lists each feature's problem.
import { useState } from 'react';
import { useMutation } from 'urql';
import { HqImportNetworkDocument } from '../../generated/graphql';
import { describeFault } from '../../graphql/errors';
import { reasonText } from '../../graphql/reasons';
import { hq } from '../../hq-strings';

const s = hq.stores;

export function NetworkImport({ onImported }: { onImported: () => void }) {
  const [, importNetwork] = useMutation(HqImportNetworkDocument);
  const [result, setResult] = useState<{
    ok: boolean;
    text: string;
    errors: { index: number; code?: string | null; message: string }[];
  } | null>(null);

  async function pick(file: File) {
    let json: unknown;
    try {
      json = JSON.parse(await file.text());
    } catch {
      return setResult({ ok: false, text: s.notJson, errors: [] });
    }
    const res = await importNetwork({ featureCollection: json });
    const r = res.data?.importStoreNetwork;
    if (!r) return setResult({ ok: false, text: describeFault(res.error) ?? '', errors: [] });
    if (r.__typename === 'NetworkImported') {
      setResult({ ok: true, text: s.imported(r.created, r.updated), errors: [] });
      return onImported();
    }
    setResult({ ok: false, text: `${s.importRejected}${reasonText(r.message, '')}`, errors: r.featureErrors });
  }

  return (
    <details className="card network-import">
      <summary>{s.import}</summary>
      <label className="file-pick">
        {s.importFile}
        <input
          type="file"
          accept=".json,.geojson,application/geo+json,application/json"
          onChange={(e) => e.target.files?.[0] && void pick(e.target.files[0])}
        />
      </label>
      {result && (
        <div data-testid="import-result">
          <p className={result.ok ? 'hq-notice hq-notice-ok' : 'form-error'} role={result.ok ? 'status' : 'alert'}>
            {result.text}
          </p>
          {result.errors.length > 0 && (
            <table className="table">
              <thead>
                <tr>
                  <th className="num">{s.feature}</th>
                  <th>{hq.staff.store}</th>
                  <th>{hq.settlement.error}</th>
                </tr>
              </thead>
              <tbody>
                {result.errors.map((e, i) => (
                  <tr key={i}>
                    <td className="num">{e.index + 1}</td>
                    <td>{e.code ?? '—'}</td>
                    <td>{reasonText(e.message)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      )}
    </details>
  );
}
