import { describe, expect, it } from 'vitest';
import { ean13CheckDigit, normalizeBarcode } from './barcode';
import { compareAtToShow, lowestPrice, overlappingWindow, priceAt, type PriceRow } from './price-timeline';
import { sanitizeDescription } from './rich-text';
import { checkSpecMatrix, combinations } from './spec-matrix';

describe('barcodes', () => {
  it('accepts EAN-13 and UPC-A with the right check digit, as 13 digits', () => {
    expect(normalizeBarcode('6901234567892')).toEqual({ ok: true, ean13: '6901234567892' });
    expect(normalizeBarcode('036000291452')).toEqual({ ok: true, ean13: '0036000291452' });
  });
  it('refuses a wrong check digit, letters and other lengths', () => {
    expect(normalizeBarcode('6901234567893').ok).toBe(false);
    expect(normalizeBarcode('69012345678X2').ok).toBe(false);
    expect(normalizeBarcode('12345').ok).toBe(false);
  });
  it('finds every single-digit typo', () => {
    const good = '690123456789';
    const check = ean13CheckDigit(good);
    for (let i = 0; i < 12; i++)
      for (let d = 0; d <= 9; d++) {
        if (String(d) === good[i]) continue;
        const typo = good.slice(0, i) + d + good.slice(i + 1);
        expect(normalizeBarcode(`${typo}${check}`).ok).toBe(false);
      }
  });
});

describe('spec matrix', () => {
  const specs = [
    { name: '规格', values: ['500ml', '1L'] },
    { name: '口味', values: ['原味', '无糖', '柠檬'] },
  ];
  it('wants one SKU per combination', () => {
    expect(combinations(specs)).toHaveLength(6);
    expect(checkSpecMatrix(specs, combinations(specs))).toEqual({ ok: true });
    const short = checkSpecMatrix(specs, combinations(specs).slice(1));
    expect(short).toMatchObject({ ok: false, missing: ['规格=500ml, 口味=原味'] });
  });
  it('refuses duplicates and unknown values', () => {
    expect(checkSpecMatrix(specs, [...combinations(specs), { 规格: '1L', 口味: '无糖' }]).ok).toBe(false);
    expect(checkSpecMatrix(specs, [...combinations(specs).slice(1), { 规格: '2L', 口味: '原味' }]).ok).toBe(false);
  });
  it('a product without specs has one SKU', () => {
    expect(checkSpecMatrix([], [{}])).toEqual({ ok: true });
    expect(checkSpecMatrix([], []).ok).toBe(false);
  });
});

describe('prices over time', () => {
  const d = (s: string) => new Date(`2026-11-${s}Z`);
  const row = (p: Partial<PriceRow> & { priceFen: number; startsAt: Date }): PriceRow => ({
    storeId: null,
    storeGroupId: null,
    endsAt: null,
    createdAt: p.startsAt,
    ...p,
  });
  const S = { storeId: 'store-1', groupIds: [] };
  const G = 'group-east';
  const inGroup = { storeId: 'store-1', groupIds: [G] };
  const otherInGroup = { storeId: 'store-2', groupIds: [G] };

  it('the store price beats the chain price, a window beats open prices while it runs', () => {
    const rows = [
      row({ priceFen: 500, startsAt: d('01T00:00:00') }),
      row({ priceFen: 450, startsAt: d('05T00:00:00'), storeId: S.storeId }),
      row({ priceFen: 300, startsAt: d('10T00:00:00'), endsAt: d('12T00:00:00') }),
    ];
    expect(priceAt(rows, 999, null, d('02T00:00:00'))).toBe(500);
    expect(priceAt(rows, 999, S, d('02T00:00:00'))).toBe(500);
    expect(priceAt(rows, 999, S, d('06T00:00:00'))).toBe(450);
    expect(priceAt(rows, 999, null, d('11T00:00:00'))).toBe(300);
    expect(priceAt(rows, 999, null, d('12T00:00:00'))).toBe(500);
    expect(priceAt([], 999, S, d('12T00:00:00'))).toBe(999);
    expect(lowestPrice(rows, 999, null, d('09T00:00:00'), d('13T00:00:00'))).toBe(300);
  });

  it('a store price beats its group price, a group price beats the chain price; a store outside the group pays the chain', () => {
    const rows = [
      row({ priceFen: 500, startsAt: d('01T00:00:00') }),
      row({ priceFen: 420, startsAt: d('03T00:00:00'), storeGroupId: G }),
      row({ priceFen: 400, startsAt: d('05T00:00:00'), storeId: 'store-1' }),
    ];
    expect(priceAt(rows, 999, otherInGroup, d('04T00:00:00'))).toBe(420);
    expect(priceAt(rows, 999, inGroup, d('04T00:00:00'))).toBe(420);
    expect(priceAt(rows, 999, inGroup, d('06T00:00:00'))).toBe(400);
    expect(priceAt(rows, 999, { storeId: 'store-3', groupIds: [] }, d('06T00:00:00'))).toBe(500);
    expect(priceAt(rows, 999, null, d('06T00:00:00'))).toBe(500);
    // A group's promotion window sits on top of the group's open price while it runs, not on the store's own.
    const promo = [...rows, row({ priceFen: 350, startsAt: d('07T00:00:00'), endsAt: d('09T00:00:00'), storeGroupId: G })];
    expect(priceAt(promo, 999, otherInGroup, d('08T00:00:00'))).toBe(350);
    expect(priceAt(promo, 999, inGroup, d('08T00:00:00'))).toBe(400);
    expect(priceAt(promo, 999, otherInGroup, d('09T00:00:00'))).toBe(420);
  });

  it('shows a group 划线价 by the group price history of the 7 days before', () => {
    const rows = [
      row({ priceFen: 500, startsAt: d('01T00:00:00') }),
      row({ priceFen: 450, startsAt: d('01T00:00:00'), storeGroupId: G }),
      row({ priceFen: 380, startsAt: d('15T00:00:00'), endsAt: d('20T00:00:00'), storeGroupId: G }),
    ];
    // The group sold it at 450 all week: 450 may be struck through there, the chain's 500 may not.
    expect(compareAtToShow(rows, 500, otherInGroup, 450, d('16T00:00:00'))).toBe(450);
    expect(compareAtToShow(rows, 500, otherInGroup, 500, d('16T00:00:00'))).toBeNull();
    // Outside the group nothing is on promotion.
    expect(compareAtToShow(rows, 500, { storeId: 'store-9', groupIds: [] }, 500, d('16T00:00:00'))).toBeNull();
  });

  it('shows 划线价 only when it is the lowest price of the 7 days before the promotion', () => {
    const history = [
      row({ priceFen: 500, startsAt: d('01T00:00:00') }),
      row({ priceFen: 400, startsAt: d('15T00:00:00'), endsAt: d('20T00:00:00') }),
    ];
    expect(compareAtToShow(history, 500, null, 500, d('16T00:00:00'))).toBe(500);
    // Claiming 600 when it sold for 500 all week is a fake 原价.
    expect(compareAtToShow(history, 500, null, 600, d('16T00:00:00'))).toBeNull();
    // A dip to 450 three days before the promotion makes 450 the only allowed 划线价.
    const dip = [...history, row({ priceFen: 450, startsAt: d('11T00:00:00'), endsAt: d('12T00:00:00') })];
    expect(compareAtToShow(dip, 500, null, 500, d('16T00:00:00'))).toBeNull();
    expect(compareAtToShow(dip, 500, null, 450, d('16T00:00:00'))).toBe(450);
    // A product listed the day the promotion starts has no 7-day price to show.
    const fresh = [
      row({ priceFen: 500, startsAt: d('15T00:00:00') }),
      row({ priceFen: 400, startsAt: d('15T00:00:00'), endsAt: d('20T00:00:00') }),
    ];
    expect(compareAtToShow(fresh, 500, null, 500, d('16T00:00:00'))).toBeNull();
    // No promotion running: nothing to strike through.
    expect(compareAtToShow(history, 500, null, 500, d('21T00:00:00'))).toBeNull();
  });

  it('finds an overlapping window', () => {
    const rows = [row({ priceFen: 300, startsAt: d('10T00:00:00'), endsAt: d('12T00:00:00') })];
    expect(overlappingWindow(rows, { startsAt: d('11T00:00:00'), endsAt: d('13T00:00:00') })).toBeDefined();
    expect(overlappingWindow(rows, { startsAt: d('12T00:00:00'), endsAt: d('13T00:00:00') })).toBeUndefined();
  });
});

describe('descriptions', () => {
  it('keep formatting and lose scripts, handlers and javascript: links', () => {
    expect(
      sanitizeDescription('<p onclick="x()">清爽<strong>口感</strong><script>alert(1)</script></p><img src="javascript:alert(1)">'),
    ).toBe('<p>清爽<strong>口感</strong></p><img />');
  });
});
