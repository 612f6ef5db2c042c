// A product's pictures: upload (the file goes to the API as it is), drag or tap arrows to reorder, remove.
// The first is the cover. The API checks every file; its Chinese message is shown as it comes.
import { useState } from 'react';
import { useMutation } from 'urql';
import { HqSetProductPicturesDocument } from '../../generated/graphql';
import { describeFault } from '../../graphql/errors';
import { useSession } from '../../graphql/session';
import { hq } from '../../hq-strings';

const s = hq.catalog;

export function PicturesPanel({
  productId,
  pictures,
  onChanged,
  onNotice,
}: {
  productId: string | null;
  pictures: { id: string; url: string }[];
  onChanged: () => void;
  onNotice: (tone: 'ok' | 'bad', text: string) => void;
}) {
  const session = useSession();
  const [busy, setBusy] = useState(false);
  const [dragged, setDragged] = useState<number | null>(null);
  const [, setPictures] = useMutation(HqSetProductPicturesDocument);

  if (!productId)
    return (
      <div className="card">
        <h2>{s.pictures}</h2>
        <p className="muted">{s.savePicturesFirst}</p>
      </div>
    );

  async function upload(files: FileList | null) {
    if (!files?.length) return;
    setBusy(true);
    try {
      for (const file of Array.from(files)) {
        const res = await fetch(`/catalog/products/${productId}/pictures`, {
          method: 'POST',
          headers: { authorization: `Bearer ${session?.token ?? ''}`, 'content-type': 'application/octet-stream' },
          body: file,
        });
        if (!res.ok) {
          const body = (await res.json().catch(() => ({}))) as { message?: string };
          onNotice('bad', `${file.name}：${body.message ?? res.statusText}`);
          break;
        }
      }
    } finally {
      setBusy(false);
      onChanged();
    }
  }

  async function order(ids: string[]) {
    const res = await setPictures({ productId: productId!, pictureIds: ids });
    if (res.error) onNotice('bad', describeFault(res.error) ?? '');
    else if (res.data?.setProductPictures.__typename !== 'Product')
      onNotice('bad', (res.data?.setProductPictures as { message?: string })?.message ?? '');
    onChanged();
  }

  const ids = pictures.map((p) => p.id);
  const move = (from: number, to: number) => {
    if (to < 0 || to >= ids.length || from === to) return;
    const next = [...ids];
    const [id] = next.splice(from, 1);
    next.splice(to, 0, id!);
    void order(next);
  };

  return (
    <div className="card">
      <h2>{s.pictures}</h2>
      <ol className="catalog-pictures" data-testid="pictures">
        {pictures.map((p, i) => (
          <li
            key={p.id}
            draggable
            onDragStart={() => setDragged(i)}
            onDragOver={(e) => e.preventDefault()}
            onDrop={() => dragged !== null && move(dragged, i)}
            data-testid={`picture-${i}`}
          >
            <img src={p.url} alt="" width={120} height={120} />
            {i === 0 && <span className="tag tag-ok catalog-cover">{s.cover}</span>}
            <div className="row-actions">
              <button
                type="button"
                className="btn btn-small"
                aria-label={`${s.moveLeft} ${i + 1}`}
                onClick={() => move(i, i - 1)}
                disabled={i === 0}
              >
                ←
              </button>
              <button
                type="button"
                className="btn btn-small"
                aria-label={`${s.moveRight} ${i + 1}`}
                onClick={() => move(i, i + 1)}
                disabled={i === pictures.length - 1}
              >
                →
              </button>
              <button
                type="button"
                className="btn btn-small btn-danger"
                aria-label={`${s.removePicture} ${i + 1}`}
                onClick={() => void order(ids.filter((x) => x !== p.id))}
              >
                ✕
              </button>
            </div>
          </li>
        ))}
      </ol>
      {pictures.length < 9 && (
        <label className="btn catalog-upload">
          {busy ? s.uploading : s.upload}
          <input
            type="file"
            aria-label={s.upload}
            accept="image/jpeg,image/png,image/webp"
            multiple
            hidden
            disabled={busy}
            onChange={(e) => void upload(e.target.files)}
          />
        </label>
      )}
    </div>
  );
}
