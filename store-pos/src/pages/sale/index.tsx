// 收银: the clerk scans goods (a scanner types the barcode and Enter anywhere on the screen) or picks them, scans the
// customer's member code if they show one, and takes cash, a card or the customer's WeChat payment code. The API
// prices the cart (counterQuote) and sells it (counterSale); this screen keeps no price or rule of its own.
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useClient, useMutation, useQuery } from 'urql';
import {
  SaleDiscountGrantDocument,
  SaleQuoteDocument,
  SaleScanMemberDocument,
  SaleSellDocument,
  SaleSkuByBarcodeDocument,
  StoreStockPageDocument,
  type SaleSellMutation,
} from '../../generated/graphql';
import { describeFault, describeResult } from '../../graphql/errors';
import { useSession } from '../../graphql/session';
import { useKeyboardWedge } from '../../components/useKeyboardWedge';
import { fenFromYuan, yuan } from '../../lib/money';
import { t } from '../../strings';

interface CartLine {
  skuId: string;
  name: string;
  unitPriceFen: number;
  quantity: number;
}

type Done = Extract<SaleSellMutation['counterSale'], { __typename: 'CounterSaleDone' }>;
/** 改价 on a line: the new unit price and why. */
type Cut = { unitPriceFen: number; reason: string };
/** 整单折扣: a share (basis points) or an amount off, and why. */
type OrderOff = { offBp?: number; offFen?: number; reason: string };
type Mode = 'CASH' | 'WECHAT_CODE' | null;

const MEMBER_CODE = /^96[0-9]{18}$/;
const WECHAT_CODE = /^1[0-5][0-9]{16}$/;
const s = t.sale;

export default function SalePage() {
  const storeId = useSession()?.storeId ?? '';
  const client = useClient();
  const [lines, setLines] = useState<CartLine[]>([]);
  const [member, setMember] = useState<{ token: string; points: number } | null>(null);
  const [couponId, setCouponId] = useState<string | null>(null);
  const [usePoints, setUsePoints] = useState(false);
  const [scan, setScan] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const [mode, setMode] = useState<Mode>(null);
  const [tendered, setTendered] = useState('');
  const [picking, setPicking] = useState(false);
  const [done, setDone] = useState<Done | null>(null);
  const [cuts, setCuts] = useState<Map<string, Cut>>(new Map());
  const [orderOff, setOrderOff] = useState<OrderOff | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const saleKey = useRef(newKey());
  // The API refuses a clerk discount without HQ's grant; the buttons show only with it, and say the cap.
  const [{ data: granted }] = useQuery({ query: SaleDiscountGrantDocument, requestPolicy: 'network-only' });
  const grant = granted?.me?.discountGrant ?? null;

  const cart = useMemo(
    () => ({
      lines: lines.map((l) => ({ skuId: l.skuId, quantity: l.quantity })),
      memberToken: member?.token ?? null,
      couponId: member ? couponId : null,
      usePoints: member ? usePoints : false,
      linePrices: lines.filter((l) => cuts.has(l.skuId)).map((l) => ({ skuId: l.skuId, ...cuts.get(l.skuId)! })),
      orderDiscount: orderOff,
    }),
    [lines, member, couponId, usePoints, cuts, orderOff],
  );
  const [{ data: quoted, fetching: quoting }] = useQuery({
    query: SaleQuoteDocument,
    variables: { input: cart },
    pause: lines.length === 0,
    requestPolicy: 'network-only',
  });
  const quote = lines.length > 0 && quoted?.counterQuote.__typename === 'CheckoutQuote' ? quoted.counterQuote : null;
  const quoteError =
    lines.length > 0 && quoted && quoted.counterQuote.__typename !== 'CheckoutQuote' ? describeSaleResult(quoted.counterQuote) : null;
  const [{ fetching: selling }, sell] = useMutation(SaleSellDocument);
  const [, scanMember] = useMutation(SaleScanMemberDocument);

  function add(line: Omit<CartLine, 'quantity'>) {
    setNotice(null);
    setLines((ls) => {
      const found = ls.find((l) => l.skuId === line.skuId);
      return found ? ls.map((l) => (l === found ? { ...l, quantity: l.quantity + 1 } : l)) : [...ls, { ...line, quantity: 1 }];
    });
  }

  const setQuantity = (skuId: string, quantity: number) =>
    setLines((ls) => (quantity <= 0 ? ls.filter((l) => l.skuId !== skuId) : ls.map((l) => (l.skuId === skuId ? { ...l, quantity } : l))));

  /** One scan field for everything the counter is shown: goods barcodes, member codes, payment codes. */
  async function scanned(raw: string) {
    const code = raw.replace(/\s/g, '');
    setScan('');
    if (!code || done) return;
    if (MEMBER_CODE.test(code)) {
      const res = await scanMember({ memberCode: code });
      const r = res.data?.scanCounterMember;
      if (!r) return setNotice(describeFault(res.error) ?? t.errors.generic);
      if (r.__typename !== 'CounterMember') return setNotice(describeResult(r));
      setMember({ token: r.memberToken, points: r.points });
      return setNotice(null);
    }
    if (WECHAT_CODE.test(code)) return pay({ method: 'WECHAT_CODE', authCode: code });
    const res = await client.query(SaleSkuByBarcodeDocument, { barcode: code }, { requestPolicy: 'network-only' }).toPromise();
    const sku = res.data?.skuByBarcode;
    if (!sku) return setNotice(res.error ? (describeFault(res.error) ?? t.errors.generic) : s.noSuchBarcode(code));
    add({ skuId: sku.id, name: skuName(sku.product.name, sku.attributes), unitPriceFen: sku.priceFen });
  }

  async function pay(payment: { method: 'CASH' | 'CARD' | 'WECHAT_CODE'; tenderedFen?: number; authCode?: string }) {
    if (!quote || selling) return;
    setNotice(null);
    const res = await sell({ input: { ...cart, idempotencyKey: saleKey.current, expectedTotalFen: quote.totalFen, payment } });
    const r = res.data?.counterSale;
    // A fault keeps the key: asking again is the same sale, never a second charge.
    if (!r) return setNotice(describeFault(res.error) ?? t.errors.generic);
    saleKey.current = newKey();
    if (r.__typename !== 'CounterSaleDone') return setNotice(describeSaleResult(r));
    setDone(r);
  }

  function next() {
    setLines([]);
    setMember(null);
    setCouponId(null);
    setUsePoints(false);
    setMode(null);
    setTendered('');
    setNotice(null);
    setDone(null);
    setCuts(new Map());
    setOrderOff(null);
    setEditing(null);
  }

  useKeyboardWedge({ onDigit: () => undefined, onBackspace: () => undefined, onEnter: (typed) => void scanned(typed) });

  const onScan = (e: FormEvent) => {
    e.preventDefault();
    void scanned(scan);
  };
  const tenderedFen = fenFromYuan(tendered);
  // The store's own prices and each line's net come from the quote; the catalogue's price only until it answers.
  const priced = new Map((quote?.orders[0]?.lines ?? []).map((l) => [l.skuId, l]));

  if (done) {
    return (
      <div className="sale">
        <div className="feedback feedback-ok sale-done" role="status" data-testid="sale-done">
          <div className="feedback-title">{s.done}</div>
          {/* Change is only for cash; a card or a payment code shows what was taken. */}
          <div className="sale-change" data-testid="sale-change">
            {done.tender === 'CASH' ? s.change(yuan(done.changeFen)) : s.received(yuan(done.order.totalFen))}
          </div>
          <div className="feedback-detail">
            {s.paidBy[done.tender]} {yuan(done.order.totalFen)}
            {done.tenderedFen != null && ` · ${s.tendered.replace('（元）', '')} ${yuan(done.tenderedFen)}`}
            {done.memberPoints != null && ` · ${s.memberAfter(done.memberPoints)}`}
          </div>
          <div className="preview-actions">
            <Link className="btn btn-big" to={`/print/${done.order.id}?kind=receipt&width=58`}>
              {s.receipt}
            </Link>
            <button type="button" className="btn btn-primary btn-big grow" onClick={next}>
              {s.next}
            </button>
          </div>
        </div>
      </div>
    );
  }

  return (
    <div className="sale">
      <section className="card sale-cart">
        <form className="sale-scan" onSubmit={onScan}>
          <input
            name="scan"
            aria-label={s.scanPlaceholder}
            placeholder={s.scanPlaceholder}
            value={scan}
            onChange={(e) => setScan(e.target.value)}
            autoComplete="off"
            inputMode="numeric"
            className="big-input"
          />
          <button type="submit" className="btn btn-big" disabled={!scan.trim()}>
            {s.add}
          </button>
          <button type="button" className="btn btn-big" onClick={() => setPicking((p) => !p)}>
            {s.pick}
          </button>
        </form>
        {notice && (
          <div className="feedback feedback-bad sale-notice" role="alert">
            {notice}
          </div>
        )}
        {picking && <Picker storeId={storeId} onPick={(l) => (add(l), setPicking(false))} />}
        {lines.length === 0 ? (
          <p className="muted sale-empty">{s.empty}</p>
        ) : (
          <ul className="sale-lines" aria-label="cart">
            {lines.map((l) => (
              <li key={l.skuId} className="sale-line">
                <span className="sale-line-name">{l.name}</span>
                <span className="sale-line-price">{yuan(priced.get(l.skuId)?.unitPriceFen ?? l.unitPriceFen)}</span>
                <span className="sale-qty">
                  <button type="button" className="btn" aria-label={`${l.name} −`} onClick={() => setQuantity(l.skuId, l.quantity - 1)}>
                    −
                  </button>
                  <b>{l.quantity}</b>
                  <button type="button" className="btn" aria-label={`${l.name} +`} onClick={() => setQuantity(l.skuId, l.quantity + 1)}>
                    +
                  </button>
                </span>
                <span className="sale-line-net">{yuan(priced.get(l.skuId)?.netFen ?? l.unitPriceFen * l.quantity)}</span>
                {grant && (
                  <button
                    type="button"
                    className={`btn sale-reprice${cuts.has(l.skuId) ? ' btn-primary' : ''}`}
                    aria-label={`${l.name} ${s.reprice}`}
                    onClick={() => setEditing(editing === l.skuId ? null : l.skuId)}
                  >
                    {cuts.has(l.skuId) ? `${s.reprice} ${yuan(cuts.get(l.skuId)!.unitPriceFen)}` : s.reprice}
                  </button>
                )}
                {grant && editing === l.skuId && (
                  <DiscountEditor
                    kind="LINE"
                    initial={cuts.get(l.skuId)}
                    onApply={(cut) => {
                      setCuts((m) => new Map(m).set(l.skuId, { unitPriceFen: cut.offFen!, reason: cut.reason }));
                      setEditing(null);
                    }}
                    onClear={() => {
                      setCuts((m) => {
                        const next = new Map(m);
                        next.delete(l.skuId);
                        return next;
                      });
                      setEditing(null);
                    }}
                  />
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <aside className="card sale-side">
        <div className="sale-member" data-testid="sale-member">
          <b>{s.member}</b>：{member ? s.memberPoints(member.points) : s.walkIn}
        </div>
        {member && (
          <>
            {member.points > 0 && (
              <label className="sale-check">
                <input type="checkbox" checked={usePoints} onChange={(e) => setUsePoints(e.target.checked)} /> {s.usePoints}
              </label>
            )}
            {(quote?.coupons.length ?? 0) > 0 && (
              <label className="sale-coupon">
                {s.coupons}
                <select value={couponId ?? ''} onChange={(e) => setCouponId(e.target.value || null)}>
                  <option value="">{s.noCoupon}</option>
                  {quote!.coupons.map((c) => (
                    <option key={c.couponId} value={c.couponId} disabled={!c.usable}>
                      {c.name} {c.usable ? `−${yuan(c.savingFen)}` : (c.message ?? '')}
                    </option>
                  ))}
                </select>
              </label>
            )}
          </>
        )}
        {grant && (
          <>
            <button
              type="button"
              className={`btn btn-big btn-block${orderOff ? ' btn-primary' : ''}`}
              disabled={lines.length === 0}
              onClick={() => setEditing(editing === 'ORDER' ? null : 'ORDER')}
            >
              {orderOff ? s.clerkDiscount(offLabel(orderOff)) : s.orderDiscount}
            </button>
            <p className="muted sale-grant" data-testid="sale-grant">
              {s.discountCap(capLabel(grant))}
            </p>
          </>
        )}
        {grant && editing === 'ORDER' && (
          <DiscountEditor
            kind="ORDER"
            initial={orderOff ?? undefined}
            onApply={(off) => {
              setOrderOff(off);
              setEditing(null);
            }}
            onClear={() => {
              setOrderOff(null);
              setEditing(null);
            }}
          />
        )}
        <dl className="sale-sums" aria-busy={quoting}>
          <dt>{s.goods}</dt>
          <dd>{yuan(quote?.goodsFen ?? 0)}</dd>
          {!!quote?.discountFen && (
            <>
              <dt>{s.discount}</dt>
              <dd>−{yuan(quote.discountFen)}</dd>
            </>
          )}
          {!!quote?.pointsFen && (
            <>
              <dt>{s.points(quote.pointsUsed)}</dt>
              <dd>−{yuan(quote.pointsFen)}</dd>
            </>
          )}
          <dt className="sale-total">{s.total}</dt>
          <dd className="sale-total" data-testid="sale-total">
            {yuan(quote?.totalFen ?? 0)}
          </dd>
        </dl>
        {quoteError && <div className="feedback feedback-bad sale-notice">{quoteError}</div>}
        <div className="sale-pay">
          <button
            type="button"
            className={`btn btn-big${mode === 'CASH' ? ' btn-primary' : ''}`}
            disabled={!quote}
            onClick={() => setMode('CASH')}
          >
            {s.cash}
          </button>
          <button type="button" className="btn btn-big" disabled={!quote || selling} onClick={() => void pay({ method: 'CARD' })}>
            {s.card}
          </button>
          <button
            type="button"
            className={`btn btn-big${mode === 'WECHAT_CODE' ? ' btn-primary' : ''}`}
            disabled={!quote}
            onClick={() => setMode('WECHAT_CODE')}
          >
            {s.wechat}
          </button>
        </div>
        {mode === 'CASH' && quote && (
          <form
            className="sale-cash"
            onSubmit={(e) => {
              e.preventDefault();
              if (tenderedFen !== null) void pay({ method: 'CASH', tenderedFen });
            }}
          >
            <input
              name="tendered"
              aria-label={s.tendered}
              placeholder={s.tendered}
              value={tendered}
              onChange={(e) => setTendered(e.target.value)}
              inputMode="decimal"
              autoComplete="off"
              className="big-input"
            />
            {tenderedFen !== null && tenderedFen >= quote.totalFen && (
              <div className="sale-change-preview">{s.change(yuan(tenderedFen - quote.totalFen))}</div>
            )}
            <button
              type="submit"
              className="btn btn-primary btn-big btn-block"
              disabled={tenderedFen === null || tenderedFen < quote.totalFen || selling}
            >
              {selling ? s.paying : s.takeCash}
            </button>
          </form>
        )}
        {mode === 'WECHAT_CODE' && quote && <div className="feedback feedback-wait">{selling ? s.paying : s.scanPayCode}</div>}
      </aside>
    </div>
  );
}

/** The refusal in words: for a clerk discount, whether they lack the grant or how much this sale may take off. */
function describeSaleResult(r: { __typename?: string; errorCode?: string; problem?: string; capFen?: number | null }): string {
  if (r.__typename === 'ClerkDiscountRefusedError')
    return r.problem === 'NO_PERMISSION' ? s.discountNoPermission : s.discountOverCap(yuan(r.capFen ?? 0));
  return describeResult(r);
}

const offLabel = (o: OrderOff) => (o.offBp ? `${((10_000 - o.offBp) / 1000).toFixed(1).replace(/\.0$/, '')}折` : `−${yuan(o.offFen ?? 0)}`);
const QUICK_BP = [500, 1000, 1200];

/** HQ's caps in words: a share of the goods, an amount a sale, or both (the smaller one binds). */
function capLabel(g: { maxBp?: number | null; maxFen?: number | null }): string {
  const parts: string[] = [];
  if (g.maxBp != null) parts.push(s.capShare(`${(g.maxBp / 100).toFixed(2).replace(/\.?0+$/, '')}%`));
  if (g.maxFen != null) parts.push(s.capAmount(yuan(g.maxFen)));
  return parts.join('，');
}

/**
 * 改价 (LINE: the new unit price) or 整单折扣 (ORDER: a quick 折 or an amount), with a reason tapped from a short
 * list: the audit log keeps it. For LINE the price travels in offFen.
 */
function DiscountEditor({
  kind,
  initial,
  onApply,
  onClear,
}: {
  kind: 'LINE' | 'ORDER';
  initial?: { offBp?: number; offFen?: number; unitPriceFen?: number; reason: string };
  onApply: (off: OrderOff) => void;
  onClear: () => void;
}) {
  const start = initial?.unitPriceFen ?? initial?.offFen;
  const [amount, setAmount] = useState(start !== undefined ? (start / 100).toFixed(2) : '');
  const [bp, setBp] = useState<number | undefined>(initial?.offBp);
  const [reason, setReason] = useState(initial?.reason ?? '');
  const fen = fenFromYuan(amount);
  const ready = reason !== '' && (bp !== undefined || fen !== null);
  return (
    <div className="sale-discount" role="group" aria-label={kind === 'LINE' ? s.reprice : s.orderDiscount}>
      {kind === 'ORDER' && (
        <div className="sale-chips">
          {QUICK_BP.map((b) => (
            <button
              key={b}
              type="button"
              className={`btn btn-big${bp === b ? ' btn-primary' : ''}`}
              onClick={() => (setBp(b), setAmount(''))}
            >
              {offLabel({ offBp: b, reason: '' })}
            </button>
          ))}
        </div>
      )}
      <input
        aria-label={kind === 'LINE' ? s.repriceTo : s.orderOffAmount}
        placeholder={kind === 'LINE' ? s.repriceTo : s.orderOffAmount}
        value={amount}
        onChange={(e) => (setAmount(e.target.value), setBp(undefined))}
        inputMode="decimal"
        autoComplete="off"
        className="big-input"
      />
      <div className="sale-chips" aria-label={s.reason}>
        {s.reasons.map((r) => (
          <button key={r} type="button" className={`btn btn-big${reason === r ? ' btn-primary' : ''}`} onClick={() => setReason(r)}>
            {r}
          </button>
        ))}
      </div>
      <div className="sale-chips">
        <button type="button" className="btn btn-big" onClick={onClear}>
          {kind === 'LINE' ? s.clear : s.clearOrder}
        </button>
        <button
          type="button"
          className="btn btn-primary btn-big grow"
          disabled={!ready}
          onClick={() => onApply(bp !== undefined ? { offBp: bp, reason } : { offFen: fen!, reason })}
        >
          {ready ? s.apply : s.pickReason}
        </button>
      </div>
    </div>
  );
}

/** The clerk picks goods from this store's stock, found by name or code as they type. */
function Picker({ storeId, onPick }: { storeId: string; onPick: (line: Omit<CartLine, 'quantity'>) => void }) {
  const [text, setText] = useState('');
  const [{ data }] = useQuery({ query: StoreStockPageDocument, variables: { storeId }, pause: !storeId });
  const wanted = text.trim().toLowerCase();
  const rows = (data?.storeStock.nodes ?? [])
    .filter((r) => r.available > 0)
    .filter((r) => !wanted || `${r.sku.product.name} ${r.sku.code} ${r.sku.barcode ?? ''}`.toLowerCase().includes(wanted))
    .slice(0, 12);
  return (
    <div className="sale-picker">
      <input
        aria-label={s.pickPlaceholder}
        placeholder={s.pickPlaceholder}
        value={text}
        onChange={(e) => setText(e.target.value)}
        autoComplete="off"
        className="big-input"
      />
      <ul>
        {rows.map((r) => (
          <li key={r.sku.id}>
            <button
              type="button"
              className="btn btn-block sale-pick"
              onClick={() => onPick({ skuId: r.sku.id, name: skuName(r.sku.product.name, r.sku.attributes), unitPriceFen: r.sku.priceFen })}
            >
              <span>{skuName(r.sku.product.name, r.sku.attributes)}</span>
              <span>{yuan(r.sku.priceFen)}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

const skuName = (product: string, attributes: readonly { value: string }[]) => [product, ...attributes.map((a) => a.value)].join(' ');

function newKey(): string {
  return `sale-${crypto.randomUUID()}`;
}
