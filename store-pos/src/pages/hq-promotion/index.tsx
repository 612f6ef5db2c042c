// One promotion: a draft in the editor (terms, tiers, scope, channel, window, funder, limits and budget; the API's
// refusals beside their field), simulated over last week before launch, launched or stopped after a confirm; a
// launched one shows its live figures.
import { useEffect, useState, type ReactNode } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useClient, useMutation, useQuery } from 'urql';
import { ConfirmDialog } from '../../components/hq/ConfirmDialog';
import { DateInput } from '../../components/hq/DateInput';
import { funderText, kindLabel, termsText, windowText } from '../../components/hq/promotion-words';
import {
  HqCreatePromotionDocument,
  HqLaunchPromotionDocument,
  HqPromotionDocument,
  HqPromotionSimulationDocument,
  HqSavePromotionDocument,
  HqStopPromotionDocument,
  type HqPromotionFieldsFragment,
  type HqPromotionSimulationQuery,
  type PromotionKind,
} from '../../generated/graphql';
import { describeFault } from '../../graphql/errors';
import { hq } from '../../hq-strings';
import { apiFieldErrors, emptyForm, fromPromotion, toInput, type FieldErrors, type FormCouponKind, type PromotionForm } from './form';
import { BatchPanel } from './BatchPanel';
import { CodesPanel } from './CodesPanel';
import { IssuanceFields, StoreGroupPicker } from './IssuanceFields';
import { LivePanel } from './LivePanel';
import { ScopePicker } from './ScopePicker';
import { SimulationPanel } from './SimulationPanel';
import '../hq.css';
import '../../components/hq/promotions.css';

const s = hq.promo;
type Simulation = Extract<HqPromotionSimulationQuery['simulatePromotion'], { __typename: 'PromotionSimulation' }>;

function Field({ name, label, errors, children }: { name: string; label: string; errors: FieldErrors; children: ReactNode }) {
  return (
    <label>
      {label}
      {children}
      {errors[name] && (
        <span className="promo-field-error" id={`err-${name}`} role="alert">
          {errors[name]}
        </span>
      )}
    </label>
  );
}

export default function HqPromotionPage() {
  const { id, kind } = useParams();
  const isNew = !id;
  const [{ data, error }, reload] = useQuery({
    query: HqPromotionDocument,
    variables: { id: id ?? '' },
    pause: isNew,
    requestPolicy: 'network-only',
  });
  const promotion = data?.promotion.__typename === 'Promotion' ? data.promotion : null;
  if (isNew) return <Editor key={kind} promotion={null} newKind={kind === 'campaign' ? 'FULL_REDUCTION' : 'COUPON'} onChanged={() => {}} />;
  if (error) return <p className="form-error">{describeFault(error)}</p>;
  if (data && !promotion) return <p className="form-error">{s.notFound}</p>;
  if (!promotion) return null;
  if (promotion.status === 'DRAFT')
    return (
      <Editor
        key={promotion.id}
        promotion={promotion}
        newKind={promotion.kind}
        onChanged={() => reload({ requestPolicy: 'network-only' })}
      />
    );
  return <Launched promotion={promotion} onChanged={() => reload({ requestPolicy: 'network-only' })} />;
}

function Header({ title }: { title: string }) {
  return (
    <div className="hq-head">
      <h1 className="page-title">{title}</h1>
      <Link to="/hq/promotions" className="btn">
        {s.back}
      </Link>
    </div>
  );
}

function Launched({ promotion: p, onChanged }: { promotion: HqPromotionFieldsFragment; onChanged: () => void }) {
  const [, stop] = useMutation(HqStopPromotionDocument);
  const [asking, setAsking] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <section className="hq-page">
      <Header title={p.name} />
      <div className="card promo-card promo-summary" data-testid="summary">
        <p>
          <span className={p.status === 'LIVE' ? 'tag tag-ok' : 'tag'}>{s.statuses[p.status]}</span> {kindLabel(p)} · {termsText(p)} ·{' '}
          {windowText(p)} · {funderText(p)} · {s.channels[p.channel]}
          {p.kind === 'COUPON' && ` · ${s.issuedBys[p.issuedBy]}`}
        </p>
        {p.state === 'LIVE' && (
          <button type="button" className="btn btn-danger" onClick={() => setAsking(true)}>
            {s.stop}
          </button>
        )}
        {notice && (
          <p className="hq-notice hq-notice-ok" role="status">
            {notice}
          </p>
        )}
      </div>
      {p.kind === 'COUPON' && p.issuedBy === 'HQ' && (
        <>
          <CodesPanel promotionId={p.id} name={p.name} />
          {p.state === 'LIVE' && <BatchPanel promotionId={p.id} name={p.name} />}
        </>
      )}
      <LivePanel id={p.id} />
      {asking && (
        <ConfirmDialog
          question={s.stopConfirm(p.name)}
          confirmLabel={s.stop}
          danger
          onCancel={() => setAsking(false)}
          onConfirm={async () => {
            setAsking(false);
            const res = await stop({ id: p.id });
            setNotice(res.error ? describeFault(res.error) : s.stopped);
            onChanged();
          }}
        />
      )}
    </section>
  );
}

function Editor({
  promotion,
  newKind,
  onChanged,
}: {
  promotion: HqPromotionFieldsFragment | null;
  newKind: PromotionKind;
  onChanged: () => void;
}) {
  const navigate = useNavigate();
  const client = useClient();
  const [, create] = useMutation(HqCreatePromotionDocument);
  const [, update] = useMutation(HqSavePromotionDocument);
  const [, launch] = useMutation(HqLaunchPromotionDocument);
  const [form, setForm] = useState<PromotionForm>(() => (promotion ? fromPromotion(promotion) : emptyForm(newKind)));
  const [errors, setErrors] = useState<FieldErrors>({});
  // A draft saved the first time comes back on its own page: the notice goes with it.
  const justSaved = (useLocation().state as { saved?: boolean } | null)?.saved;
  const [notice, setNotice] = useState<{ tone: 'ok' | 'bad'; text: string } | null>(justSaved ? { tone: 'ok', text: s.saved } : null);
  const [sim, setSim] = useState<Simulation | null>(null);
  const [busy, setBusy] = useState<'' | 'save' | 'simulate' | 'launch'>('');
  const [asking, setAsking] = useState(false);
  useEffect(() => setSim(null), [form]);
  // A refused save brings the first field it is about into view (it may be far above or below the buttons).
  useEffect(() => {
    if (Object.keys(errors).length) document.querySelector('.promo-field-error')?.scrollIntoView({ block: 'center' });
  }, [errors]);

  const set = (patch: Partial<PromotionForm>) => setForm((f) => ({ ...f, ...patch }));
  const coupon = form.kind === 'COUPON';
  const invalid = (name: string) => (errors[name] ? { 'aria-invalid': true, 'aria-describedby': `err-${name}` } : {});

  /** Saves the form (creating the draft the first time); the draft's id, or null when something was refused. */
  async function save(): Promise<string | null> {
    const built = toInput(form);
    if ('errors' in built) {
      setErrors(built.errors);
      setNotice({ tone: 'bad', text: s.fixFields });
      return null;
    }
    const res = promotion ? await update({ id: promotion.id, input: built.input }) : await create({ input: built.input });
    if (res.error) {
      const fields = apiFieldErrors(res.error);
      setErrors(fields ?? {});
      setNotice({ tone: 'bad', text: fields?.form ?? (fields ? s.fixFields : (describeFault(res.error) ?? '')) });
      return null;
    }
    setErrors({});
    if (res.data && 'updatePromotion' in res.data && res.data.updatePromotion.__typename !== 'Promotion') {
      setNotice({ tone: 'bad', text: s.notFound });
      return null;
    }
    return promotion ? promotion.id : (res.data as { createPromotion: { id: string } }).createPromotion.id;
  }

  async function onSave() {
    setBusy('save');
    const saved = await save();
    setBusy('');
    if (!saved) return;
    setNotice({ tone: 'ok', text: s.saved });
    if (!promotion) navigate(`/hq/promotions/${saved}`, { replace: true, state: { saved: true } });
  }

  async function onSimulate() {
    if (!promotion) return setNotice({ tone: 'bad', text: s.simulateSaveFirst });
    setBusy('simulate');
    const saved = await save();
    if (!saved) return setBusy('');
    const res = await client.query(HqPromotionSimulationDocument, { id: saved }, { requestPolicy: 'network-only' }).toPromise();
    setBusy('');
    const out = res.data?.simulatePromotion;
    if (res.error || out?.__typename !== 'PromotionSimulation')
      return setNotice({ tone: 'bad', text: describeFault(res.error) ?? s.notFound });
    setNotice(null);
    setSim(out);
  }

  async function onLaunch() {
    setAsking(false);
    setBusy('launch');
    const saved = await save();
    if (!saved) return setBusy('');
    const res = await launch({ id: saved });
    setBusy('');
    if (res.error) return setNotice({ tone: 'bad', text: describeFault(res.error) ?? '' });
    onChanged();
  }

  const tierError = Object.keys(errors).find((k) => k.startsWith('tiers'));
  return (
    <section className="hq-page">
      <Header title={promotion ? s.editTitle(promotion.name) : coupon ? s.newCouponTitle : s.newCampaignTitle} />
      <form className="promo-form" onSubmit={(e) => (e.preventDefault(), void onSave())} noValidate>
        <div className="card promo-grid">
          <h2>{s.terms}</h2>
          <Field name="name" label={s.name} errors={errors}>
            <input value={form.name} maxLength={40} onChange={(e) => set({ name: e.target.value })} {...invalid('name')} />
          </Field>
          {coupon && (
            <Field name="couponKind" label={s.couponKind} errors={errors}>
              <select value={form.couponKind} onChange={(e) => set({ couponKind: e.target.value as FormCouponKind })}>
                {Object.entries(s.couponKinds).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            </Field>
          )}
          {coupon && form.couponKind !== 'NO_THRESHOLD' && (
            <Field name="thresholdFen" label={s.threshold} errors={errors}>
              <input
                inputMode="decimal"
                value={form.threshold}
                onChange={(e) => set({ threshold: e.target.value })}
                {...invalid('thresholdFen')}
              />
            </Field>
          )}
          {coupon && form.couponKind === 'PERCENT_OFF' && (
            <>
              <Field name="offBp" label={s.discount} errors={errors}>
                <input
                  inputMode="decimal"
                  value={form.discount}
                  onChange={(e) => set({ discount: e.target.value })}
                  {...invalid('offBp')}
                />
              </Field>
              <Field name="capFen" label={s.cap} errors={errors}>
                <input inputMode="decimal" value={form.cap} onChange={(e) => set({ cap: e.target.value })} {...invalid('capFen')} />
              </Field>
            </>
          )}
          {coupon && form.couponKind !== 'PERCENT_OFF' && (
            <Field name="offFen" label={form.couponKind === 'DELIVERY_OFF' ? s.deliveryOff : s.offYuan} errors={errors}>
              <input inputMode="decimal" value={form.off} onChange={(e) => set({ off: e.target.value })} {...invalid('offFen')} />
            </Field>
          )}
          {!coupon && (
            <div className="promo-wide" role="group" aria-label={s.tiers}>
              <strong>{s.tiers}</strong>
              {form.tiers.map((t, i) => (
                <div className="promo-tier" key={i}>
                  <label>
                    {s.tierThreshold(i + 1)}
                    <input
                      inputMode="decimal"
                      value={t.threshold}
                      aria-invalid={!!errors[`tiers.${i}.threshold`] || !!errors.tiers}
                      onChange={(e) => set({ tiers: form.tiers.map((x, j) => (j === i ? { ...x, threshold: e.target.value } : x)) })}
                    />
                  </label>
                  <label>
                    {s.tierOff(i + 1)}
                    <input
                      inputMode="decimal"
                      value={t.off}
                      aria-invalid={!!errors[`tiers.${i}.off`] || !!errors.tiers}
                      onChange={(e) => set({ tiers: form.tiers.map((x, j) => (j === i ? { ...x, off: e.target.value } : x)) })}
                    />
                  </label>
                  <button
                    type="button"
                    className="btn"
                    disabled={form.tiers.length === 1}
                    onClick={() => set({ tiers: form.tiers.filter((_, j) => j !== i) })}
                  >
                    {s.removeTier}
                  </button>
                </div>
              ))}
              {tierError && (
                <span className="promo-field-error" role="alert">
                  {errors[tierError]}
                </span>
              )}
              <button
                type="button"
                className="btn"
                disabled={form.tiers.length >= 10}
                onClick={() => set({ tiers: [...form.tiers, { threshold: '', off: '' }] })}
              >
                {s.addTier}
              </button>
            </div>
          )}
          <Field name="channel" label={s.channel} errors={errors}>
            <select value={form.channel} onChange={(e) => set({ channel: e.target.value })}>
              {Object.entries(s.channels).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </Field>
          <ScopePicker
            categoryIds={form.categoryIds}
            storeIds={form.storeIds}
            skuIds={form.skuIds}
            onChange={(patch) => set(patch)}
            error={errors.scope ?? errors.categoryIds ?? errors.storeIds ?? errors.skuIds}
          />
          <StoreGroupPicker ids={form.storeGroupIds} onChange={(storeGroupIds) => set({ storeGroupIds })} />
          <IssuanceFields form={form} set={set} errors={errors} />
        </div>

        <div className="card promo-grid">
          <h2>{s.validityAndFunder}</h2>
          {coupon && (
            <fieldset className="promo-radios promo-wide">
              <legend>{s.validity}</legend>
              {(['WINDOW', 'DAYS'] as const).map((v) => (
                <label key={v}>
                  <input type="radio" name="validity" checked={form.validity === v} onChange={() => set({ validity: v })} />
                  {v === 'WINDOW' ? s.validityWindow : s.validityDays}
                </label>
              ))}
            </fieldset>
          )}
          {form.validity === 'DAYS' && coupon ? (
            <Field name="validDays" label={s.validDays} errors={errors}>
              <input
                inputMode="numeric"
                value={form.validDays}
                onChange={(e) => set({ validDays: e.target.value })}
                {...invalid('validDays')}
              />
            </Field>
          ) : (
            <>
              <Field name="startsAt" label={s.startsOn} errors={errors}>
                <DateInput label={s.startsOn} value={form.startsOn} onChange={(d) => set({ startsOn: d })} />
              </Field>
              <Field name="endsAt" label={s.endsOn} errors={errors}>
                <DateInput label={s.endsOn} value={form.endsOn} onChange={(d) => set({ endsOn: d })} />
              </Field>
            </>
          )}
          <fieldset className="promo-radios promo-wide">
            <legend>{s.funder}</legend>
            {Object.entries(s.funders).map(([value, label]) => (
              <label key={value}>
                <input type="radio" name="funder" checked={form.funder === value} onChange={() => set({ funder: value })} />
                {label}
              </label>
            ))}
          </fieldset>
          {form.funder === 'SPLIT' && (
            <Field name="funderStoreBp" label={s.funderStorePct} errors={errors}>
              <input
                inputMode="decimal"
                value={form.storePct}
                onChange={(e) => set({ storePct: e.target.value })}
                {...invalid('funderStoreBp')}
              />
            </Field>
          )}
        </div>

        <div className="card promo-grid">
          <h2>{s.limits}</h2>
          {coupon && (
            <>
              <Field name="totalLimit" label={s.totalLimit} errors={errors}>
                <input
                  inputMode="numeric"
                  value={form.totalLimit}
                  onChange={(e) => set({ totalLimit: e.target.value })}
                  {...invalid('totalLimit')}
                />
              </Field>
              <Field name="perUserLimit" label={s.perUserLimit} errors={errors}>
                <input
                  inputMode="numeric"
                  value={form.perUserLimit}
                  onChange={(e) => set({ perUserLimit: e.target.value })}
                  {...invalid('perUserLimit')}
                />
              </Field>
            </>
          )}
          <Field name="budgetFen" label={s.budgetYuan} errors={errors}>
            <input inputMode="decimal" value={form.budget} onChange={(e) => set({ budget: e.target.value })} {...invalid('budgetFen')} />
          </Field>
          <Field name="budgetUses" label={s.budgetUses} errors={errors}>
            <input
              inputMode="numeric"
              value={form.budgetUses}
              onChange={(e) => set({ budgetUses: e.target.value })}
              {...invalid('budgetUses')}
            />
          </Field>
        </div>

        <div className="promo-actions">
          <button type="submit" className="btn" disabled={!!busy}>
            {s.saveDraft}
          </button>
          <button type="button" className="btn" disabled={!!busy} onClick={() => void onSimulate()}>
            {busy === 'simulate' ? s.simulating : s.simulate}
          </button>
          <button type="button" className="btn btn-primary" disabled={!!busy || !promotion} onClick={() => setAsking(true)}>
            {s.launch}
          </button>
          {/* Beside the buttons HQ just pressed, at the foot of a long form. */}
          {notice && (
            <p className={notice.tone === 'ok' ? 'hq-notice hq-notice-ok' : 'form-error'} role={notice.tone === 'ok' ? 'status' : 'alert'}>
              {notice.text}
            </p>
          )}
        </div>
      </form>
      {sim && <SimulationPanel sim={sim} counterOnly={form.channel === 'COUNTER'} />}
      {asking && (
        <ConfirmDialog
          question={s.launchConfirm(form.name.trim())}
          confirmLabel={s.launch}
          onCancel={() => setAsking(false)}
          onConfirm={() => void onLaunch()}
        />
      )}
    </section>
  );
}
