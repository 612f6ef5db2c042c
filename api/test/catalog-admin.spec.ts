// HQ runs the catalog over HTTP: categories, products with a spec matrix and barcodes, store prices and schedules,
// listing per store. Every bad input gets a typed answer and changes nothing; clerks read, only HQ writes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../src/common/sql';
import { makeStore, setStock, uniqueCode } from './fixtures';
import {
  AdminProductsDocument,
  CatalogAuditDocument,
  CategoryTreeDocument,
  CheckoutDocument,
  SaveCategoryDocument,
  SaveProductDocument,
  SaveStoreGroupDocument,
  ScheduleSkuPriceDocument,
  SetListingDocument,
  SkuAtStoreDocument,
  SkuByBarcodeDocument,
  SkuPriceHistoryDocument,
  type ProductInput,
} from './generated/graphql';
import { startTestApp, type TestApp } from './harness';
import { pickupInput } from './orders-helpers';
import { ean13CheckDigit } from '../src/modules/catalog/barcode';

const DAY = 86_400_000;

/** A fresh valid EAN-13 per call (prefix 69: China). */
let serial = 0;
function barcode(): string {
  const first12 = `69${String(process.pid % 10_000).padStart(4, '0')}${String(++serial).padStart(6, '0')}`;
  return `${first12}${ean13CheckDigit(first12)}`;
}

describe('HQ runs the catalog', () => {
  let t: TestApp;
  let hq: string;
  let store: string;
  let drinks: string;
  let tea: string;

  const counts = async () => {
    const [row] = await query<{ products: number; skus: number; prices: number; audit: number }>(
      t.em(),
      `SELECT (SELECT count(*) FROM product)::int AS products, (SELECT count(*) FROM sku)::int AS skus,
              (SELECT count(*) FROM sku_price)::int AS prices, (SELECT count(*) FROM catalog_audit)::int AS audit`,
      {},
    );
    return row!;
  };

  function teaInput(over: Partial<ProductInput> = {}): ProductInput {
    const code = uniqueCode('TEA');
    return {
      code,
      name: '冷泡乌龙茶',
      subtitle: '0 糖 0 脂',
      description: '<p>清爽<strong>回甘</strong><script>alert(1)</script></p>',
      unit: '瓶',
      status: 'ON_SALE',
      categoryIds: [tea],
      specs: [
        { name: '规格', values: ['500ml', '1L'] },
        { name: '口味', values: ['原味', '柠檬'] },
      ],
      skus: [
        ['500ml', '原味', 500],
        ['500ml', '柠檬', 550],
        ['1L', '原味', 800],
        ['1L', '柠檬', 850],
      ].map(([size, taste, price], i) => ({
        code: `${code}-${i}`,
        attributes: [
          { name: '规格', value: String(size) },
          { name: '口味', value: String(taste) },
        ],
        barcode: barcode(),
        priceFen: Number(price),
      })),
      ...over,
    };
  }

  async function createTea(over: Partial<ProductInput> = {}) {
    const { saveProduct } = await t.ok(SaveProductDocument, { input: teaInput(over) }, hq);
    if (saveProduct.__typename !== 'Product') throw new Error(JSON.stringify(saveProduct));
    return saveProduct;
  }

  beforeAll(async () => {
    t = await startTestApp();
    hq = t.tokens.hq();
    store = (await makeStore(t.em(), { lat: 31.2, lng: 121.4 })).id;
    const top = await t.ok(SaveCategoryDocument, { input: { code: uniqueCode('DRINK'), name: '饮料', position: 2, icon: 'drink' } }, hq);
    if (top.saveCategory.__typename !== 'Category') throw new Error(JSON.stringify(top));
    drinks = top.saveCategory.id;
    const child = await t.ok(SaveCategoryDocument, { input: { code: uniqueCode('TEA'), name: '茶饮', parentId: drinks, position: 1 } }, hq);
    if (child.saveCategory.__typename !== 'Category') throw new Error(JSON.stringify(child));
    tea = child.saveCategory.id;
  });
  afterAll(() => t?.close());

  it('keeps categories an ordered two-level tree', async () => {
    const { categoryTree } = await t.ok(CategoryTreeDocument, {});
    const mine = categoryTree.find((c) => c.id === drinks)!;
    expect(mine).toMatchObject({ name: '饮料', icon: 'drink', children: [{ id: tea, name: '茶饮' }] });
    const third = await t.ok(SaveCategoryDocument, { input: { code: uniqueCode('X'), name: '三级', parentId: tea } }, hq);
    expect(third.saveCategory).toMatchObject({ __typename: 'InvalidCategoryError', errorCode: 'INVALID_CATEGORY' });
    const taken = await t.ok(SaveCategoryDocument, { input: { code: mine.code, name: '重复' } }, hq);
    expect(taken.saveCategory).toMatchObject({ __typename: 'DuplicateCodeError' });
  });

  it('creates a product with two specs, one SKU per combination, barcodes and a sanitized description', async () => {
    const product = await createTea();
    expect(product.skus).toHaveLength(4);
    expect(product.description).toBe('<p>清爽<strong>回甘</strong></p>');
    expect(product.categories.map((c) => c.id)).toEqual([tea]);
    expect(product.skus[0]!.barcode).toMatch(/^69\d{11}$/);
    // Filtering by the parent category finds products of its children.
    const { products } = await t.ok(AdminProductsDocument, { categoryId: drinks }, hq);
    expect(products.nodes.map((p) => p.id)).toContain(product.id);
    const { catalogAudit } = await t.ok(CatalogAuditDocument, { subjectId: product.id }, hq);
    expect(catalogAudit).toMatchObject([{ actor: 'staff:test-hq', action: 'product.create', subjectId: product.id }]);
  });

  it('answers every bad product with a typed error and changes nothing', async () => {
    const existing = await createTea();
    const before = await counts();
    const good = teaInput();
    const cases: [string, ProductInput][] = [
      [
        'INVALID_BARCODE',
        {
          ...good,
          skus: good.skus.map((s, i) =>
            i === 1 ? { ...s, barcode: `${s.barcode!.slice(0, 12)}${(Number(s.barcode![12]) + 1) % 10}` } : s,
          ),
        },
      ],
      ['DUPLICATE_BARCODE', { ...good, skus: good.skus.map((s, i) => (i === 2 ? { ...s, barcode: existing.skus[0]!.barcode } : s)) }],
      ['SPEC_MATRIX_INCOMPLETE', { ...good, skus: good.skus.slice(0, 3) }],
      ['INVALID_PRICE', { ...good, skus: good.skus.map((s, i) => (i === 3 ? { ...s, priceFen: 0 } : s)) }],
      ['INVALID_PRICE', { ...good, skus: good.skus.map((s, i) => (i === 0 ? { ...s, priceFen: -100 } : s)) }],
      ['DUPLICATE_CODE', { ...good, code: existing.code }],
      ['INVALID_CATEGORY', { ...good, categoryIds: ['00000000-0000-4000-8000-00000000dead'] }],
    ];
    for (const [code, input] of cases) {
      const { saveProduct } = await t.ok(SaveProductDocument, { input }, hq);
      expect(saveProduct, code).toMatchObject({ errorCode: code });
      if (saveProduct.__typename === 'SpecMatrixError') expect(saveProduct.missing).toEqual(['规格=1L, 口味=柠檬']);
    }
    expect(await counts()).toEqual(before);
  });

  it('lets only HQ edit; a clerk finds a SKU by the barcode the scanner types, UPC-A included', async () => {
    const product = await createTea();
    const clerk = t.tokens.clerk(store);
    const res = await t.gql(SaveProductDocument, { input: teaInput() }, clerk);
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const price = await t.gql(ScheduleSkuPriceDocument, { input: { skuId: product.skus[0]!.id, priceFen: 1 } }, clerk);
    expect(price.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const { skuByBarcode } = await t.ok(SkuByBarcodeDocument, { barcode: product.skus[1]!.barcode! }, clerk);
    expect(skuByBarcode?.id).toBe(product.skus[1]!.id);

    // A UPC-A (12 digits) is stored as its EAN-13 and found by either form.
    const upc = '036000291452';
    const input = teaInput();
    input.skus[0] = { ...input.skus[0]!, barcode: upc };
    await t.ok(SaveProductDocument, { input }, hq);
    expect((await t.ok(SkuByBarcodeDocument, { barcode: upc }, clerk)).skuByBarcode?.barcode).toBe(`0${upc}`);
    expect((await t.ok(SkuByBarcodeDocument, { barcode: `0${upc}` }, clerk)).skuByBarcode?.code).toBe(input.skus[0]!.code);
    const again = await t.ok(
      SaveProductDocument,
      { input: { ...teaInput(), skus: teaInput().skus.map((s, i) => (i ? s : { ...s, barcode: `0${upc}` })) } },
      hq,
    );
    expect(again.saveProduct).toMatchObject({ __typename: 'DuplicateBarcodeError', barcode: `0${upc}` });
  });

  it('prices per store and on a schedule, refuses overlapping windows, keeps the history, and checkout charges it', async () => {
    const product = await createTea();
    const sku = product.skus[0]!.id;
    await setStock(t.em(), store, sku, 10);
    const at = (d: number) => new Date(t.clock.now().getTime() + d * DAY).toISOString();

    const own = await t.ok(ScheduleSkuPriceDocument, { input: { skuId: sku, storeId: store, priceFen: 450 } }, hq);
    expect(own.scheduleSkuPrice).toMatchObject({ __typename: 'SkuPriceChange', priceFen: 450, storeId: store, createdBy: 'staff:test-hq' });
    expect((await t.ok(SkuAtStoreDocument, { id: sku, storeId: store })).sku).toMatchObject({ priceFen: 500, priceAt: 450 });

    const window = { skuId: sku, storeId: store, priceFen: 400, startsAt: at(1), endsAt: at(3) };
    expect((await t.ok(ScheduleSkuPriceDocument, { input: window }, hq)).scheduleSkuPrice.__typename).toBe('SkuPriceChange');
    const before = await counts();
    for (const [code, input] of [
      ['OVERLAPPING_PRICE_SCHEDULE', { ...window, startsAt: at(2), endsAt: at(4) }],
      ['INVALID_PRICE', { ...window, priceFen: 0, startsAt: at(5), endsAt: at(6) }],
      ['INVALID_PRICE', { ...window, startsAt: at(6), endsAt: at(5) }],
      ['STORE_NOT_FOUND', { ...window, storeId: '00000000-0000-4000-8000-00000000dead', startsAt: at(5), endsAt: at(6) }],
    ] as const) {
      const { scheduleSkuPrice } = await t.ok(ScheduleSkuPriceDocument, { input }, hq);
      expect(scheduleSkuPrice, code).toMatchObject({ errorCode: code });
    }
    expect(await counts()).toEqual(before);

    const { sku: history } = await t.ok(SkuPriceHistoryDocument, { id: sku }, hq);
    expect(history!.priceHistory.map((p) => p.priceFen)).toEqual([500, 450, 400]);

    // Checkout charges the store's price now, and the scheduled one once it runs.
    const shopper = (await t.newShopper()).token;
    const now = await t.ok(CheckoutDocument, { input: pickupInput(store, [{ skuId: sku, quantity: 1 }]) }, shopper);
    expect(now.checkout).toMatchObject({ __typename: 'CheckoutPlaced', checkout: { totalFen: 450 } });
    t.clock.set(at(2));
    try {
      const later = await t.ok(
        CheckoutDocument,
        { input: pickupInput(store, [{ skuId: sku, quantity: 1 }]) },
        (await t.newShopper()).token,
      );
      expect(later.checkout).toMatchObject({ __typename: 'CheckoutPlaced', checkout: { totalFen: 400 } });
    } finally {
      t.clock.set(at(-2));
    }
  });

  it('prices per store group: the store price beats the group price, the group price beats the chain, checkout charges it', async () => {
    const product = await createTea();
    const sku = product.skus[0]!.id; // chain 500
    const east = [store, (await makeStore(t.em(), { lat: 31.21, lng: 121.41 })).id];
    const outside = (await makeStore(t.em(), { lat: 31.22, lng: 121.42 })).id;
    const { saveStoreGroup: group } = await t.ok(
      SaveStoreGroupDocument,
      { input: { code: uniqueCode('EAST'), name: '华东区', storeIds: east } },
      hq,
    );
    for (const s of [...east, outside]) await setStock(t.em(), s, sku, 10);

    const before = await counts();
    for (const [code, input] of [
      ['STORE_GROUP_NOT_FOUND', { skuId: sku, storeGroupId: '00000000-0000-4000-8000-00000000dead', priceFen: 420 }],
      ['STORE_GROUP_NOT_FOUND', { skuId: sku, storeGroupId: 'not-a-group', priceFen: 420 }],
      ['INVALID_PRICE', { skuId: sku, storeGroupId: group.id, storeId: east[0], priceFen: 420 }],
      ['INVALID_PRICE', { skuId: sku, storeGroupId: group.id, priceFen: -1 }],
    ] as const) {
      const { scheduleSkuPrice } = await t.ok(ScheduleSkuPriceDocument, { input }, hq);
      expect(scheduleSkuPrice, code).toMatchObject({ errorCode: code });
    }
    expect(await counts()).toEqual(before);

    const set = await t.ok(ScheduleSkuPriceDocument, { input: { skuId: sku, storeGroupId: group.id, priceFen: 420 } }, hq);
    expect(set.scheduleSkuPrice).toMatchObject({ __typename: 'SkuPriceChange', storeGroupId: group.id, storeId: null, priceFen: 420 });
    await t.ok(ScheduleSkuPriceDocument, { input: { skuId: sku, storeId: east[0], priceFen: 410 } }, hq);
    const priceAt = async (s: string) => (await t.ok(SkuAtStoreDocument, { id: sku, storeId: s })).sku!.priceAt;
    expect(await priceAt(east[0]!)).toBe(410);
    expect(await priceAt(east[1]!)).toBe(420);
    expect(await priceAt(outside)).toBe(500);

    // The group's promotion window runs over its open price at its stores (not over a store's own price).
    const at = (d: number) => new Date(t.clock.now().getTime() + d * DAY).toISOString();
    const promo = { skuId: sku, storeGroupId: group.id, priceFen: 380, startsAt: at(-1), endsAt: at(3) };
    expect((await t.ok(ScheduleSkuPriceDocument, { input: promo }, hq)).scheduleSkuPrice.__typename).toBe('SkuPriceChange');
    const clash = await t.ok(ScheduleSkuPriceDocument, { input: { ...promo, startsAt: at(1), endsAt: at(4) } }, hq);
    expect(clash.scheduleSkuPrice).toMatchObject({ errorCode: 'OVERLAPPING_PRICE_SCHEDULE' });
    // The same window at the chain is another place: no clash.
    const chainPromo = await t.ok(
      ScheduleSkuPriceDocument,
      { input: { ...promo, storeGroupId: null, startsAt: at(1), endsAt: at(4) } },
      hq,
    );
    expect(chainPromo.scheduleSkuPrice.__typename).toBe('SkuPriceChange');
    expect(await priceAt(east[1]!)).toBe(380);
    expect(await priceAt(east[0]!)).toBe(410);

    // Checkout charges what the API shows at each store.
    for (const [s, fen] of [
      [east[1]!, 380],
      [east[0]!, 410],
      [outside, 500],
    ] as const) {
      const placed = await t.ok(CheckoutDocument, { input: pickupInput(s, [{ skuId: sku, quantity: 1 }]) }, (await t.newShopper()).token);
      expect(placed.checkout, s).toMatchObject({ __typename: 'CheckoutPlaced', checkout: { totalFen: fen } });
    }
  });

  it('lists and delists by store group: every store of the group, no other', async () => {
    const product = await createTea();
    const skus = product.skus.map((s) => s.id);
    const members = [(await makeStore(t.em(), { lat: 31.23, lng: 121.43 })).id, (await makeStore(t.em(), { lat: 31.24, lng: 121.44 })).id];
    const { saveStoreGroup: group } = await t.ok(
      SaveStoreGroupDocument,
      { input: { code: uniqueCode('COMM'), name: '社区店', storeIds: members } },
      hq,
    );

    const before = await counts();
    for (const [code, input] of [
      ['STORE_GROUP_NOT_FOUND', { storeGroupId: '00000000-0000-4000-8000-00000000dead', skuIds: skus, onShelf: true }],
      ['STORE_NOT_FOUND', { skuIds: skus, onShelf: true }],
      ['STORE_NOT_FOUND', { storeId: store, storeGroupId: group.id, skuIds: skus, onShelf: true }],
    ] as const) {
      const { setListing } = await t.ok(SetListingDocument, { input }, hq);
      expect(setListing, code).toMatchObject({ errorCode: code });
    }
    expect(await counts()).toEqual(before);

    const on = await t.ok(SetListingDocument, { input: { storeGroupId: group.id, categoryId: tea, onShelf: true } }, hq);
    expect(on.setListing).toMatchObject({ __typename: 'ListingChange', stores: 2 });
    const shelf = async (s: string) => (await t.ok(SkuAtStoreDocument, { id: skus[1]!, storeId: s })).sku!.onShelfAt;
    expect(await shelf(members[0]!)).toBe(true);
    expect(await shelf(members[1]!)).toBe(true);
    expect(await shelf(store)).toBe(false);

    for (const m of members) await setStock(t.em(), m, skus[1]!, 5);
    const off = await t.ok(SetListingDocument, { input: { storeGroupId: group.id, skuIds: [skus[1]!], onShelf: false } }, hq);
    expect(off.setListing).toMatchObject({ __typename: 'ListingChange', changed: 2, stores: 2, onShelf: false });
    expect(await shelf(members[0]!)).toBe(false);
    const refused = await t.ok(
      CheckoutDocument,
      { input: pickupInput(members[1]!, [{ skuId: skus[1]!, quantity: 1 }]) },
      (await t.newShopper()).token,
    );
    expect(refused.checkout.__typename).not.toBe('CheckoutPlaced');
  });

  it('shows a 划线价 only when it is the lowest price of the 7 days before the promotion', async () => {
    const start = t.clock.now();
    const product = await createTea({ skus: teaInput().skus.map((s) => ({ ...s, compareAtFen: 500 })) });
    const [cheap, dear] = [product.skus[0]!.id, product.skus[1]!.id]; // chain prices 500 and 550
    const at = (d: number) => new Date(start.getTime() + d * DAY).toISOString();
    try {
      t.clock.set(at(8));
      for (const skuId of [cheap, dear])
        await t.ok(ScheduleSkuPriceDocument, { input: { skuId, priceFen: 390, startsAt: at(8), endsAt: at(10) } }, t.tokens.hq());
      const shown = await t.ok(SkuAtStoreDocument, { id: cheap, storeId: store });
      expect(shown.sku).toMatchObject({ priceAt: 390, compareAtFenAt: 500 });
      // 500 was never its price: 550 was, all week. Striking through 500 there is not allowed.
      expect((await t.ok(SkuAtStoreDocument, { id: dear, storeId: store })).sku).toMatchObject({ priceAt: 390, compareAtFenAt: null });
      t.clock.set(at(11));
      expect((await t.ok(SkuAtStoreDocument, { id: cheap, storeId: store })).sku).toMatchObject({ priceAt: 500, compareAtFenAt: null });
    } finally {
      t.clock.set(start);
    }
  });

  it('takes SKUs off the shelf at a store: not listed there, not sold there', async () => {
    const product = await createTea();
    const skus = product.skus.map((s) => s.id);
    const clerk = t.tokens.clerk(store);
    const onShelf = await t.ok(SetListingDocument, { input: { storeId: store, skuIds: skus, onShelf: true } }, hq);
    expect(onShelf.setListing).toMatchObject({ changed: 4 });
    for (const sku of skus) await setStock(t.em(), store, sku, 5);
    const listed = async () =>
      (await t.ok(AdminProductsDocument, { storeId: store, search: '乌龙', first: 100 }, clerk)).products.nodes.map((p) => p.id);
    expect(await listed()).toContain(product.id);

    const off = await t.ok(SetListingDocument, { input: { storeId: store, categoryId: tea, onShelf: false } }, hq);
    expect(off.setListing).toMatchObject({ __typename: 'ListingChange', onShelf: false });
    expect(await listed()).not.toContain(product.id);
    expect((await t.ok(SkuAtStoreDocument, { id: skus[0]!, storeId: store })).sku).toMatchObject({
      onShelfAt: false,
      stockAt: { available: 0 },
    });
    const shopper = (await t.newShopper()).token;
    const refused = await t.ok(CheckoutDocument, { input: pickupInput(store, [{ skuId: skus[0]!, quantity: 1 }]) }, shopper);
    expect(refused.checkout.__typename).not.toBe('CheckoutPlaced');
    // The stock stays where it was, ready for when it is back on the shelf.
    const [row] = await query<{ on_hand: number }>(
      t.em(),
      `SELECT on_hand FROM store_stock WHERE store_id = :s::uuid AND sku_id = :k::uuid`,
      {
        s: store,
        k: skus[0],
      },
    );
    expect(row!.on_hand).toBe(5);
    await t.ok(SetListingDocument, { input: { storeId: store, skuIds: [skus[0]!], onShelf: true } }, hq);
    const back = await t.ok(CheckoutDocument, { input: pickupInput(store, [{ skuId: skus[0]!, quantity: 1 }]) }, shopper);
    expect(back.checkout.__typename).toBe('CheckoutPlaced');
  });

  it('finds a product by its product code, whole or in part, as well as by name, SKU code or barcode', async () => {
    const product = await createTea();
    const found = async (search: string) => (await t.ok(AdminProductsDocument, { first: 100, search }, hq)).products.nodes.map((p) => p.id);
    expect(await found(product.code)).toEqual([product.id]);
    expect(await found(product.code.slice(0, -2).toLowerCase())).toContain(product.id);
    expect(await found(product.skus[1]!.barcode!)).toEqual([product.id]);
  });

  it('hides drafts from shoppers and shows them to HQ by status', async () => {
    const draft = await createTea({ status: 'DRAFT' });
    const shopperSees = (await t.ok(AdminProductsDocument, { first: 100, search: '乌龙' }, t.tokens.shopper())).products.nodes;
    expect(shopperSees.map((p) => p.id)).not.toContain(draft.id);
    expect(shopperSees.every((p) => p.status === 'ON_SALE')).toBe(true);
    const hqSees = (await t.ok(AdminProductsDocument, { first: 100, status: 'DRAFT' }, hq)).products.nodes;
    expect(hqSees.map((p) => p.id)).toContain(draft.id);
  });

  it('replaces the SKU matrix on update: dropped SKUs go inactive, kept ones keep their id', async () => {
    const product = await createTea();
    const input = teaInput({ id: product.id, code: product.code });
    input.skus = input.skus.map((s, i) => ({ ...s, code: product.skus[i]!.code, barcode: product.skus[i]!.barcode }));
    input.specs = [
      { name: '规格', values: ['500ml', '1L'] },
      { name: '口味', values: ['原味'] },
    ];
    input.skus = [input.skus[0]!, input.skus[2]!];
    const { saveProduct } = await t.ok(SaveProductDocument, { input }, hq);
    if (saveProduct.__typename !== 'Product') throw new Error(JSON.stringify(saveProduct));
    const active = saveProduct.skus.filter((s) => s.active).map((s) => s.id);
    expect(active).toEqual([product.skus[0]!.id, product.skus[2]!.id]);
  });
});
