// HQ's category tree: two levels, in order, each with an icon. A top-level category gets children here too.
import { useState } from 'react';
import { useMutation } from 'urql';
import { useCategoryTree, type CategoryNode } from '../../components/hq/useCategories';
import { HqSaveCategoryDocument } from '../../generated/graphql';
import { describeFault } from '../../graphql/errors';
import { hq } from '../../hq-strings';
import '../hq.css';
import '../../components/hq/catalog.css';

const s = hq.categoriesPage;

type Editing = { id?: string; parentId?: string | null; code: string; name: string; icon: string; position: string };

export default function HqCategoriesPage() {
  const { tree, reload } = useCategoryTree();
  const [editing, setEditing] = useState<Editing | null>(null);
  const [notice, setNotice] = useState<{ tone: 'ok' | 'bad'; text: string } | null>(null);
  const [, save] = useMutation(HqSaveCategoryDocument);

  async function submit() {
    if (!editing) return;
    const res = await save({
      input: {
        id: editing.id ?? null,
        parentId: editing.parentId ?? null,
        code: editing.code.trim(),
        name: editing.name.trim(),
        icon: editing.icon.trim(),
        position: Number(editing.position) || 0,
      },
    });
    if (res.error) return setNotice({ tone: 'bad', text: describeFault(res.error) ?? '' });
    const out = res.data!.saveCategory;
    if (out.__typename !== 'Category') return setNotice({ tone: 'bad', text: (out as { message: string }).message });
    setNotice({ tone: 'ok', text: s.saved });
    setEditing(null);
    reload();
  }

  const edit = (c: CategoryNode | CategoryNode['children'][number]) =>
    setEditing({ id: c.id, parentId: c.parentId ?? null, code: c.code, name: c.name, icon: c.icon, position: String(c.position) });

  return (
    <section className="hq-page">
      <div className="hq-head">
        <h1 className="page-title">{s.title}</h1>
        <button
          type="button"
          className="btn btn-primary"
          onClick={() => setEditing({ code: '', name: '', icon: '', position: String(tree.length) })}
        >
          {s.add}
        </button>
      </div>
      {notice && (
        <p className={notice.tone === 'ok' ? 'hq-notice hq-notice-ok' : 'form-error'} role={notice.tone === 'ok' ? 'status' : 'alert'}>
          {notice.text}
        </p>
      )}
      {editing && (
        <form
          className="card catalog-basics"
          aria-label={s.save}
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          {(['name', 'code', 'icon', 'position'] as const).map((field) => (
            <label key={field}>
              {s[field]}
              <input
                required={field !== 'icon'}
                value={editing[field]}
                onChange={(e) => setEditing({ ...editing, [field]: e.target.value })}
              />
            </label>
          ))}
          <button type="submit" className="btn btn-primary catalog-save">
            {s.save}
          </button>
        </form>
      )}
      <div className="card">
        <ul className="catalog-tree" data-testid="category-tree">
          {tree.map((c) => (
            <li key={c.id}>
              <div className="catalog-tree-row">
                <span className="catalog-icon">{c.icon || '▢'}</span>
                <strong>{c.name}</strong>
                <span className="muted">{c.code}</span>
                <button type="button" className="btn btn-small" onClick={() => edit(c)}>
                  {hq.catalog.edit}
                </button>
                <button
                  type="button"
                  className="btn btn-small"
                  onClick={() => setEditing({ parentId: c.id, code: '', name: '', icon: '', position: String(c.children.length) })}
                >
                  {s.addChild}
                </button>
              </div>
              <ul>
                {c.children.map((k) => (
                  <li key={k.id} className="catalog-tree-row">
                    <span className="catalog-icon">{k.icon || '·'}</span>
                    {k.name}
                    <span className="muted">{k.code}</span>
                    <button type="button" className="btn btn-small" onClick={() => edit(k)}>
                      {hq.catalog.edit}
                    </button>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
