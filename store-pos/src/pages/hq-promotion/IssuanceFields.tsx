// The editor's fields for how a coupon reaches shoppers (领券中心, 新人券, a gift after purchase, HQ batches and codes),
// what a promotion combines with, and the store groups it covers.
import { useQuery } from 'urql';
import { HqStoreGroupChoicesDocument } from '../../generated/graphql';
import { hq } from '../../hq-strings';
import type { FieldErrors, PromotionForm } from './form';

const s = hq.promo;
const toggle = (ids: string[], id: string, on: boolean) => (on ? [...ids.filter((x) => x !== id), id] : ids.filter((x) => x !== id));

export function IssuanceFields({
  form,
  set,
  errors,
}: {
  form: PromotionForm;
  set: (patch: Partial<PromotionForm>) => void;
  errors: FieldErrors;
}) {
  const coupon = form.kind === 'COUPON';
  // Each side names the other: a coupon says whether it goes with 满减, a 满减 whether it goes with a coupon.
  const other = coupon ? 'FULL_REDUCTION' : 'COUPON';
  return (
    <>
      {coupon && (
        <label>
          {s.issuedBy}
          <select value={form.issuedBy} onChange={(e) => set({ issuedBy: e.target.value })} data-testid="issued-by">
            {Object.entries(s.issuedBys).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
      )}
      {coupon && form.issuedBy === 'AFTER_PURCHASE' && (
        <label>
          {s.giftMin}
          <input
            inputMode="decimal"
            value={form.giftMin}
            onChange={(e) => set({ giftMin: e.target.value })}
            aria-invalid={!!errors.giftMinPaidFen}
          />
          {errors.giftMinPaidFen && (
            <span className="promo-field-error" role="alert">
              {errors.giftMinPaidFen}
            </span>
          )}
        </label>
      )}
      <fieldset className="promo-radios promo-wide">
        <legend>{s.stacksWith}</legend>
        <div className="promo-checks">
          <label>
            <input
              type="checkbox"
              checked={form.stacksWith.includes(other)}
              onChange={(e) => set({ stacksWith: toggle(form.stacksWith, other, e.target.checked) })}
            />
            {s.stackClasses[other]}
          </label>
        </div>
        <span className="muted">{s.stackHint}</span>
      </fieldset>
    </>
  );
}

/** Store groups the promotion covers besides the stores chosen (the group's stores as they are at each checkout). */
export function StoreGroupPicker({ ids, onChange }: { ids: string[]; onChange: (ids: string[]) => void }) {
  const [{ data }] = useQuery({ query: HqStoreGroupChoicesDocument });
  const groups = data?.storeGroups ?? [];
  return (
    <fieldset className="promo-radios promo-wide" data-testid="store-groups">
      <legend>{s.storeGroups}</legend>
      {groups.length ? (
        <div className="promo-checks">
          {groups.map((g) => (
            <label key={g.id}>
              <input type="checkbox" checked={ids.includes(g.id)} onChange={(e) => onChange(toggle(ids, g.id, e.target.checked))} />
              {g.name} <span className="muted">{s.storeGroupStores(g.storeIds.length)}</span>
            </label>
          ))}
        </div>
      ) : (
        <span className="muted">{s.storeGroupsNone}</span>
      )}
    </fieldset>
  );
}
