// 导入/导出 of a sheet (the catalog, a store's stock): the template and the export as .xlsx, and an upload with a
// progress bar. A sheet with bad rows comes back as a table of its rows' errors (nothing applied) and the choice
// to apply the good rows. The API checks every row; this only shows what it answered.
import { useRef, useState, type ReactNode } from 'react';
import { useSession } from '../../graphql/session';
import { hq } from '../../hq-strings';

/** What the import routes answer: the rows read, each bad row's error, and whether anything was applied. */
export interface SheetReport {
  rows: number;
  errors: { line: number; message: string }[];
  applied: boolean;
}

/** POST with upload progress (fetch has none): resolves with the status and the JSON answer. */
function post<R>(url: string, token: string, file: File, onProgress: (share: number) => void) {
  return new Promise<{ status: number; body: R & { message?: string } }>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.setRequestHeader('authorization', `Bearer ${token}`);
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onload = () => resolve({ status: xhr.status, body: JSON.parse(xhr.responseText || '{}') });
    xhr.onerror = () => reject(new Error(hq.sheet.network));
    xhr.send(file);
  });
}

export interface SheetImportProps<R extends SheetReport> {
  testId: string;
  /** The template and the export: URL path, file name (without .xlsx) and button label. */
  template: { path: string; name: string };
  exported: { path: string; name: string; label: string };
  importPath: string;
  /** What an applied import changed, in a sentence. */
  appliedText: (report: R) => string;
  onImported?: () => void;
  /** Shown closed under this summary (the catalog list) or always open (a page of its own). */
  summary?: string;
  children?: ReactNode;
}

export function SheetImport<R extends SheetReport>(props: SheetImportProps<R>) {
  const session = useSession();
  const token = session?.token ?? '';
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [report, setReport] = useState<R | null>(null);
  const [fault, setFault] = useState<string | null>(null);

  async function download(path: string, name: string) {
    const res = await fetch(`${path}${path.includes('?') ? '&' : '?'}format=xlsx`, { headers: { authorization: `Bearer ${token}` } });
    if (!res.ok) return setFault(hq.sheet.downloadFailed);
    const a = document.createElement('a');
    a.href = URL.createObjectURL(await res.blob());
    a.download = `${name}.xlsx`;
    a.click();
    URL.revokeObjectURL(a.href);
  }

  async function send(chosen: File, applyValidRows: boolean) {
    setFile(chosen);
    setFault(null);
    setReport(null);
    setProgress(0);
    try {
      const res = await post<R>(`${props.importPath}${applyValidRows ? '?applyValidRows=1' : ''}`, token, chosen, setProgress);
      if (res.body.message && !res.body.errors) setFault(res.body.message);
      else setReport(res.body);
      if (res.body.applied) props.onImported?.();
    } catch (err) {
      setFault((err as Error).message);
    } finally {
      setProgress(null);
      if (input.current) input.current.value = '';
    }
  }

  const body = (
    <>
      {props.children}
      <div className="hq-filters">
        <button type="button" className="btn" onClick={() => void download(props.template.path, props.template.name)}>
          {hq.sheet.template}
        </button>
        <button type="button" className="btn" onClick={() => void download(props.exported.path, props.exported.name)}>
          {props.exported.label}
        </button>
        <label className="file-pick">
          {hq.sheet.file}
          <input ref={input} type="file" accept=".xlsx,.csv" onChange={(e) => e.target.files?.[0] && void send(e.target.files[0], false)} />
        </label>
      </div>
      {progress !== null && (
        <p>
          <progress max={1} value={progress < 1 ? progress : undefined} aria-label={hq.sheet.progress} />{' '}
          {progress < 1 ? hq.sheet.uploading : hq.sheet.checking}
        </p>
      )}
      {fault && (
        <p className="form-error" role="alert">
          {fault}
        </p>
      )}
      {report?.applied && (
        <p className="hq-notice hq-notice-ok" role="status">
          {props.appliedText(report)}
          {report.errors.length ? hq.sheet.skipped(report.errors.length) : ''}
        </p>
      )}
      {report && !report.applied && (
        <>
          <p className="form-error" role="alert">
            {hq.sheet.nothingApplied(report.rows, report.errors.length)}
          </p>
          <table className="table" data-testid="import-errors">
            <thead>
              <tr>
                <th className="num">{hq.sheet.line}</th>
                <th>{hq.sheet.problem}</th>
              </tr>
            </thead>
            <tbody>
              {report.errors.map((e, i) => (
                <tr key={i}>
                  <td className="num">{e.line}</td>
                  <td>{e.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <button type="button" className="btn btn-primary" onClick={() => file && void send(file, true)}>
            {hq.sheet.applyValid}
          </button>
        </>
      )}
    </>
  );
  return props.summary ? (
    <details className="card network-import" data-testid={props.testId}>
      <summary>{props.summary}</summary>
      {body}
    </details>
  ) : (
    <div className="card network-import" data-testid={props.testId}>
      {body}
    </div>
  );
}
