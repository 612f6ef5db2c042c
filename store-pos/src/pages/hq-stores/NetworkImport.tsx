// Import a store network from a GeoJSON FeatureCollection; a rejected import lists each feature's problem. While it
// runs, the API tells how far it has come (features checked, then stores written) under an id made up here.
import { useState } from 'react';
import { useMutation, useSubscription } from 'urql';
import { HqImportNetworkDocument, HqImportProgressDocument, type HqImportProgressSubscription } from '../../generated/graphql';
import { describeFault } from '../../graphql/errors';
import { reasonText } from '../../graphql/reasons';
import { hq } from '../../hq-strings';

const s = hq.stores;

type Progress = HqImportProgressSubscription['storeNetworkImportProgress'];

/** A random id; crypto.randomUUID needs a secure context, which a tablet on a LAN address may not be. */
function newImportId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Checking is the first half of the bar, writing the second. */
function fractionOf(p: Progress): number {
  if (p.phase === 'DONE' || p.total === 0) return 1;
  return (p.phase === 'WRITING' ? 0.5 : 0) + (0.5 * p.done) / p.total;
}

export function NetworkImport({ onImported }: { onImported: () => void }) {
  const [, importNetwork] = useMutation(HqImportNetworkDocument);
  const [running, setRunning] = useState<{ importId: string; total: number } | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [result, setResult] = useState<{
    ok: boolean;
    text: string;
    errors: { index: number; code?: string | null; message: string }[];
  } | null>(null);
  useSubscription(
    { query: HqImportProgressDocument, variables: { importId: running?.importId ?? '' }, pause: !running },
    (_prev: unknown, data: HqImportProgressSubscription) => {
      setProgress(data.storeNetworkImportProgress);
      return data;
    },
  );

  async function pick(file: File) {
    let json: unknown;
    try {
      json = JSON.parse(await file.text());
    } catch {
      return setResult({ ok: false, text: s.notJson, errors: [] });
    }
    const features = (json as { features?: unknown })?.features;
    const importId = newImportId();
    setResult(null);
    setProgress(null);
    setRunning({ importId, total: Array.isArray(features) ? features.length : 0 });
    const res = await importNetwork({ featureCollection: json, importId });
    setRunning(null);
    const r = res.data?.importStoreNetwork;
    if (!r) return setResult({ ok: false, text: faultText(res.error), errors: [] });
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
      {running && (
        <div className="import-progress" data-testid="import-progress">
          <progress max={1} value={progress ? fractionOf(progress) : undefined} aria-label={s.importProgress} />
          <p role="status">
            {!progress
              ? s.importReading(running.total)
              : progress.phase === 'VALIDATING'
                ? s.importChecking(progress.done, progress.total)
                : s.importWriting(progress.done, progress.total)}
          </p>
        </div>
      )}
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

/** A refusal before the import ran: a geometry over the vertex cap names the feature it is in. */
function faultText(error: Parameters<typeof describeFault>[0]): string {
  const variable = error?.graphQLErrors[0]?.extensions?.variable;
  const feature = typeof variable === 'string' ? /features\.(\d+)\./.exec(variable) : null;
  const words = describeFault(error) ?? '';
  return feature ? `${s.importRejected}第 ${Number(feature[1]) + 1} 个要素：${words}` : words;
}
