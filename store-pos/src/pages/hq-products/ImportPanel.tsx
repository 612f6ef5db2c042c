// 导入/导出 on the 商品 screen: the template and the catalog as .xlsx, and an upload with a progress bar. A sheet
// with bad rows comes back as a table of its rows' errors (nothing applied) and the choice to apply the good rows.
import { useRef, useState } from 'react';
import { useSession } from '../../graphql/session';

interface Report {
  rows: number;
  errors: { line: number; message: string }[];
  applied: boolean;
  productsCreated: number;
  productsUpdated: number;
  skusCreated: number;
  skusUpdated: number;
}

/** POST with upload progress (fetch has none): resolves with the status and the JSON answer. */
function post(url: string, token: string, file: File, onProgress: (share: number) => void) {
  return new Promise<{ status: number; body: Report & { message?: string } }>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.setRequestHeader('authorization', `Bearer ${token}`);
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onload = () => resolve({ status: xhr.status, body: JSON.parse(xhr.responseText || '{}') });
    xhr.onerror = () => reject(new Error('网络错误，请重试'));
    xhr.send(file);
  });
}

export function ImportPanel({ onImported }: { onImported: () => void }) {
  const session = useSession();
  const token = session?.token ?? '';
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [fault, setFault] = useState<string | null>(null);

  async function download(path: string, name: string) {
    const res = await fetch(path, { headers: { authorization: `Bearer ${token}` } });
    if (!res.ok) return setFault('下载失败，请重试');
    const a = document.createElement('a');
    a.href = URL.createObjectURL(await res.blob());
    a.download = name;
    a.click();
    URL.revokeObjectURL(a.href);
  }

  async function send(chosen: File, applyValidRows: boolean) {
    setFile(chosen);
    setFault(null);
    setReport(null);
    setProgress(0);
    try {
      const res = await post(`/catalog/import/products${applyValidRows ? '?applyValidRows=1' : ''}`, token, chosen, setProgress);
      if (res.body.message && !res.body.errors) setFault(res.body.message);
      else setReport(res.body);
      if (res.body.applied) onImported();
    } catch (err) {
      setFault((err as Error).message);
    } finally {
      setProgress(null);
      if (input.current) input.current.value = '';
    }
  }

  return (
    <details className="card network-import" data-testid="catalog-import">
      <summary>导入/导出</summary>
      <div className="hq-filters">
        <button
          type="button"
          className="btn"
          onClick={() => void download('/catalog/import/products/template?format=xlsx', '商品导入模板.xlsx')}
        >
          下载模板
        </button>
        <button type="button" className="btn" onClick={() => void download('/catalog/export/products?format=xlsx', '商品.xlsx')}>
          导出商品
        </button>
        <label className="file-pick">
          导入文件（.xlsx 或 .csv）
          <input ref={input} type="file" accept=".xlsx,.csv" onChange={(e) => e.target.files?.[0] && void send(e.target.files[0], false)} />
        </label>
      </div>
      {progress !== null && (
        <p>
          <progress max={1} value={progress < 1 ? progress : undefined} aria-label="导入进度" />{' '}
          {progress < 1 ? '正在上传…' : '正在校验并导入…'}
        </p>
      )}
      {fault && (
        <p className="form-error" role="alert">
          {fault}
        </p>
      )}
      {report?.applied && (
        <p className="hq-notice hq-notice-ok" role="status">
          已导入：新建商品 {report.productsCreated}、更新商品 {report.productsUpdated}、新建 SKU {report.skusCreated}、更新 SKU{' '}
          {report.skusUpdated}
          {report.errors.length ? `；跳过有错误的 ${report.errors.length} 处` : ''}
        </p>
      )}
      {report && !report.applied && (
        <>
          <p className="form-error" role="alert">
            共 {report.rows} 行，{report.errors.length} 处错误，未导入任何内容。
          </p>
          <table className="table" data-testid="import-errors">
            <thead>
              <tr>
                <th className="num">行</th>
                <th>问题</th>
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
            只导入无误的行
          </button>
        </>
      )}
    </details>
  );
}
