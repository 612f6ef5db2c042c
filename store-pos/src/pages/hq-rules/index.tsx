// HQ's revenue split rules: version history, a draft edited as a table (percent shown, basis points stored) with
// the API's violations next to their rule, a preview against a past period beside the rules in force, publish.
import { useMemo, useState } from 'react';
import { useClient, useMutation, useQuery } from 'urql';
import { PeriodPicker, thisMonth, type Period } from '../../components/hq/PeriodPicker';
import { DateInput } from '../../components/hq/DateInput';
import { useStores } from '../../components/hq/useStores';
import {
  HqCreateRuleSetDocument,
  HqPreviewRuleSetDocument,
  HqPublishRuleSetDocument,
  HqRuleSetsDocument,
  HqUpdateRuleSetDocument,
  type HqPreviewRuleSetQuery,
  type HqRuleSetFieldsFragment,
  type HqRuleSetResultFieldsFragment,
  type SplitRuleInput,
} from '../../generated/graphql';
import { describeFault } from '../../graphql/errors';
import { hq } from '../../hq-strings';
import { yuan } from '../../lib/money';
import { when } from '../../lib/time';
import { bpToPercent, percentToBp, RuleTable, violationText, type RuleRow, type Violation } from './RuleTable';
import { ShareChart } from './ShareChart';
import '../hq.css';

const s = hq.rules;
let keySeq = 0;
const withYear = new Intl.DateTimeFormat('zh-CN', {
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** A version's effective time, with its year when that is not this year (a version scheduled a year ahead). */
function effectiveWhen(iso: string): string {
  return new Date(iso).getFullYear() === new Date().getFullYear() ? when(iso) : withYear.format(new Date(iso));
}

function toRows(set: HqRuleSetFieldsFragment): RuleRow[] {
  return set.rules.map((r) => ({
    key: `r${++keySeq}`,
    name: r.name,
    fulfilment: (r.fulfilment ?? '') as RuleRow['fulfilment'],
    categoryId: r.categoryId ?? '',
    storeId: r.storeId ?? '',
    storeGroupId: r.storeGroupId ?? '',
    priority: String(r.priority),
    fulfilling: bpToPercent(r.fulfillingStoreBp),
    referring: bpToPercent(r.referringStoreBp),
  }));
}

function toInput(rows: RuleRow[]): SplitRuleInput[] {
  return rows.map((r) => ({
    name: r.name.trim(),
    fulfilment: r.fulfilment || null,
    categoryId: r.categoryId || null,
    storeId: r.storeId || null,
    storeGroupId: r.storeGroupId || null,
    priority: Number(r.priority || '0'),
    fulfillingStoreBp: percentToBp(r.fulfilling),
    referringStoreBp: percentToBp(r.referring),
  }));
}

/** The published version whose effective time has come last. */
function inForce(sets: HqRuleSetFieldsFragment[]): string | null {
  const now = Date.now();
  const live = sets.filter((x) => x.status === 'PUBLISHED' && x.effectiveAt && Date.parse(x.effectiveAt) <= now);
  live.sort((a, b) => Date.parse(b.effectiveAt!) - Date.parse(a.effectiveAt!) || (b.version ?? 0) - (a.version ?? 0));
  return live[0]?.id ?? null;
}

type Notice = { tone: 'ok' | 'bad'; text: string } | null;

export default function HqRulesPage() {
  const stores = useStores();
  const client = useClient();
  const [{ data, error, fetching }, reload] = useQuery({ query: HqRuleSetsDocument, requestPolicy: 'cache-and-network' });
  const sets = useMemo(() => data?.splitRuleSets ?? [], [data]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selected = sets.find((x) => x.id === selectedId) ?? sets[0] ?? null;
  const [edit, setEdit] = useState<{ id: string; name: string; rows: RuleRow[] } | null>(null);
  const [violations, setViolations] = useState<Violation[]>([]);
  const [notice, setNotice] = useState<Notice>(null);
  const [period, setPeriod] = useState<Period>(thisMonth());
  const [preview, setPreview] = useState<HqPreviewRuleSetQuery | null>(null);
  const [effectiveDate, setEffectiveDate] = useState('');
  const [effectiveTime, setEffectiveTime] = useState('');
  const [, create] = useMutation(HqCreateRuleSetDocument);
  const [, update] = useMutation(HqUpdateRuleSetDocument);
  const [, publish] = useMutation(HqPublishRuleSetDocument);
  const forceId = inForce(sets);

  const draft = selected?.status === 'DRAFT';
  const working =
    selected && edit?.id === selected.id ? edit : selected ? { id: selected.id, name: selected.name, rows: toRows(selected) } : null;

  function select(id: string) {
    setSelectedId(id);
    setEdit(null);
    setViolations([]);
    setPreview(null);
    setNotice(null);
  }

  /** Handles a rule-set result: violations go next to their rules, others to the notice. */
  function outcome(
    r: HqRuleSetResultFieldsFragment | undefined,
    fault: Parameters<typeof describeFault>[0],
    ok: (set: HqRuleSetFieldsFragment) => void,
  ) {
    if (!r) return setNotice({ tone: 'bad', text: describeFault(fault) ?? '' });
    if (r.__typename === 'SplitRuleSetRejectedError') {
      setViolations(r.violations);
      return setNotice({ tone: 'bad', text: s.rejected });
    }
    if (r.__typename !== 'SplitRuleSet') return setNotice({ tone: 'bad', text: r.message });
    setViolations([]);
    ok(r);
  }

  async function newDraft(from: HqRuleSetFieldsFragment | null) {
    const res = await create({
      input: {
        name: from ? `${from.name} ${s.draft}` : s.draft,
        rules: from ? toInput(toRows(from)) : [{ name: 'default', fulfillingStoreBp: 1500, referringStoreBp: 500, priority: 0 }],
      },
    });
    outcome(res.data?.createSplitRuleSet, res.error, (set) => {
      reload({ requestPolicy: 'network-only' });
      select(set.id);
    });
  }

  async function save(): Promise<boolean> {
    if (!working) return false;
    const res = await update({ id: working.id, input: { name: working.name.trim(), rules: toInput(working.rows) } });
    let ok = false;
    outcome(res.data?.updateSplitRuleSet, res.error, (set) => {
      ok = true;
      setNotice({ tone: 'ok', text: s.saved });
      // What was saved stays on screen while the list reloads (no flash of the old rules).
      setEdit({ id: set.id, name: set.name, rows: toRows(set) });
      reload({ requestPolicy: 'network-only' });
    });
    return ok;
  }

  async function runPreview() {
    if (!working) return;
    if (draft && edit && !(await save())) return;
    const res = await client
      .query(HqPreviewRuleSetDocument, { ruleSetId: working.id, ...period }, { requestPolicy: 'network-only' })
      .toPromise();
    if (!res.data) return setNotice({ tone: 'bad', text: describeFault(res.error) ?? '' });
    setPreview(res.data);
  }

  async function doPublish() {
    if (!working) return;
    if (edit && !(await save())) return;
    const res = await publish({
      id: working.id,
      effectiveAt: effectiveDate
        ? new Date(`${effectiveDate}T${/^\d{2}:\d{2}$/.test(effectiveTime) ? effectiveTime : '00:00'}`).toISOString()
        : null,
    });
    outcome(res.data?.publishSplitRuleSet, res.error, (set) => {
      setNotice({ tone: 'ok', text: s.published(set.version ?? 0) });
      reload({ requestPolicy: 'network-only' });
    });
  }

  const setLevel = violations.filter((v) => !v.ruleName || !working?.rows.some((r) => r.name === v.ruleName));
  return (
    <section className="hq-page">
      <div className="hq-head">
        <h1 className="page-title">{s.title}</h1>
        <button type="button" className="btn" onClick={() => void newDraft(sets.find((x) => x.id === forceId) ?? null)}>
          {s.newDraft}
        </button>
      </div>
      {notice && (
        <p className={notice.tone === 'ok' ? 'hq-notice hq-notice-ok' : 'form-error'} role={notice.tone === 'ok' ? 'status' : 'alert'}>
          {notice.text}
        </p>
      )}
      {error && <p className="form-error">{describeFault(error)}</p>}
      {data && !forceId && (
        <p className="hq-notice hq-notice-warn" role="note" data-testid="no-rule-in-force">
          {sets.length === 0 ? s.noRulesYet : s.noneInForce}
        </p>
      )}
      <div className="rules-layout">
        <nav className="card version-list" aria-label={s.history}>
          <h2>{s.history}</h2>
          {data && sets.length === 0 && !fetching && <p className="muted">{s.noVersions}</p>}
          {sets.map((x) => (
            <button
              key={x.id}
              type="button"
              className={x.id === selected?.id ? 'version version-on' : 'version'}
              onClick={() => select(x.id)}
            >
              <strong>{x.status === 'DRAFT' ? s.draft : s.version(x.version ?? 0)}</strong> {x.name}
              {x.id === forceId && <span className="tag tag-ok">{s.inForce}</span>}
              {x.status === 'PUBLISHED' && x.effectiveAt && Date.parse(x.effectiveAt) > Date.now() && (
                <span className="tag">{s.scheduled}</span>
              )}
              {x.effectiveAt && <span className="muted version-when">{s.effective(effectiveWhen(x.effectiveAt))}</span>}
            </button>
          ))}
        </nav>
        {working && (
          <div className="rules-main">
            <div className="card">
              <div className="rules-name">
                <label>
                  {s.name}
                  <input value={working.name} disabled={!draft} onChange={(e) => setEdit({ ...working, name: e.target.value })} />
                </label>
                {!draft && (
                  <button type="button" className="btn" onClick={() => void newDraft(selected)}>
                    {s.copyToDraft}
                  </button>
                )}
              </div>
              {!draft && <p className="muted">{s.readOnly}</p>}
              {setLevel.length > 0 && (
                <div className="form-error" role="alert" data-testid="set-violations">
                  {setLevel.map((v, k) => (
                    <div key={k}>⚠ {violationText(v)}</div>
                  ))}
                </div>
              )}
              <div className="table-wrap">
                <RuleTable
                  rows={working.rows}
                  onChange={(rows) => setEdit({ ...working, rows })}
                  readOnly={!draft}
                  violations={violations}
                  stores={stores}
                  categories={data?.categories ?? []}
                  groups={data?.storeGroups ?? []}
                />
              </div>
              {draft && (
                <div className="inline-form">
                  <button
                    type="button"
                    className="btn btn-small"
                    onClick={() =>
                      setEdit({
                        ...working,
                        rows: [
                          ...working.rows,
                          {
                            key: `r${++keySeq}`,
                            name: '',
                            fulfilment: '',
                            categoryId: '',
                            storeId: '',
                            storeGroupId: '',
                            priority: '0',
                            fulfilling: '0',
                            referring: '0',
                          },
                        ],
                      })
                    }
                  >
                    {s.addRule}
                  </button>
                  <button type="button" className="btn btn-primary btn-small" onClick={() => void save()}>
                    {s.save}
                  </button>
                </div>
              )}
            </div>
            <div className="card">
              <h2>{s.preview}</h2>
              <p className="muted hq-note">{s.previewHint}</p>
              <div className="hq-filters">
                <PeriodPicker value={period} onChange={setPeriod} />
                <button type="button" className="btn btn-primary" onClick={() => void runPreview()}>
                  {s.preview}
                </button>
              </div>
              {preview && <PreviewResult preview={preview} />}
            </div>
            {draft && (
              <div className="card inline-form publish-bar">
                <label>
                  {s.effectiveAt}
                  <DateInput value={effectiveDate} onChange={setEffectiveDate} />
                </label>
                <label>
                  {s.effectiveTime}
                  <input
                    className="time-input"
                    value={effectiveTime}
                    placeholder="00:00"
                    onChange={(e) => setEffectiveTime(e.target.value.trim())}
                  />
                </label>
                <button type="button" className="btn btn-primary" onClick={() => void doPublish()}>
                  {s.publish}
                </button>
              </div>
            )}
          </div>
        )}
      </div>
    </section>
  );
}

function PreviewResult({ preview }: { preview: HqPreviewRuleSetQuery }) {
  const p = preview.previewSplitRuleSet;
  if (p.__typename !== 'SplitPreview') return <p className="form-error">{p.message}</p>;
  const current = new Map(preview.settlementReport.stores.map((x) => [x.storeId, x]));
  if (p.stores.length === 0) return <p className="muted">{s.noPreview}</p>;
  const bars = p.stores.map((x) => ({
    store: x.storeCode,
    draftFen: x.netPayableFen,
    currentFen: current.get(x.storeId)?.netPayableFen ?? 0,
  }));
  return (
    <>
      <ShareChart bars={bars} />
      <table className="table" data-testid="preview">
        <thead>
          <tr>
            <th>{s.previewStore}</th>
            <th className="num">{s.orders}</th>
            <th className="num">{s.draftShare}</th>
            <th className="num">{s.currentShare}</th>
            <th className="num">{s.diff}</th>
          </tr>
        </thead>
        <tbody>
          {p.stores.map((x) => {
            const now = current.get(x.storeId)?.netPayableFen ?? 0;
            return (
              <tr key={x.storeId}>
                <td>{x.storeCode}</td>
                <td className="num">{x.orders}</td>
                <td className="num">{yuan(x.netPayableFen)}</td>
                <td className="num">{yuan(now)}</td>
                <td className={x.netPayableFen - now < 0 ? 'num neg' : 'num'}>{yuan(x.netPayableFen - now)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
