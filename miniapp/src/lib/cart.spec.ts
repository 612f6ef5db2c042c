import { describe, expect, test } from 'vitest';
import {
  addToCart,
  cartCount,
  emptyCart,
  goodsFen,
  MAX_PER_LINE,
  moveCart,
  orderableLines,
  recheck,
  setQuantity,
  stockLevel,
} from './cart';

const water = { skuId: 's-water', productId: 'p1', name: '农夫山泉', spec: '12瓶装', unitPriceFen: 2200 };
const tea = { skuId: 's-tea', productId: 'p2', name: '东方树叶', spec: '', unitPriceFen: 500 };

describe('cart rules', () => {
  test('adding the same SKU merges into one line', () => {
    let cart = addToCart(emptyCart('A'), water, 1);
    cart = addToCart(cart, water, 2);
    expect(cart.lines).toHaveLength(1);
    expect(cart.lines[0]!.quantity).toBe(3);
    expect(goodsFen(cart)).toBe(6600);
  });

  test('never more than the stock known, nor 99 a line', () => {
    const few = addToCart(emptyCart('A'), { ...water, available: 2 }, 5);
    expect(few.lines[0]!.quantity).toBe(2);
    expect(addToCart(few, { ...water, available: 2 }, 1).lines[0]!.quantity).toBe(2);
    const many = addToCart(emptyCart('A'), tea, 500);
    expect(many.lines[0]!.quantity).toBe(MAX_PER_LINE);
  });

  test('sold out SKUs are not added; bad quantities change nothing', () => {
    const cart = emptyCart('A');
    expect(addToCart(cart, { ...water, available: 0 })).toBe(cart);
    expect(addToCart(cart, water, 0)).toBe(cart);
    expect(addToCart(cart, water, 1.5)).toBe(cart);
  });

  test('quantity 0 removes the line', () => {
    const cart = setQuantity(addToCart(addToCart(emptyCart('A'), water), tea), 's-water', 0);
    expect(cart.lines.map((l) => l.skuId)).toEqual(['s-tea']);
  });

  test('re-check cuts lines to what the store has and marks sold-out ones, saying what changed', () => {
    let cart = addToCart(addToCart(emptyCart('B'), water, 3), tea, 2);
    const { cart: checked, changes } = recheck(cart, new Map([['s-water', 1]]));
    expect(checked.lines.find((l) => l.skuId === 's-water')!.quantity).toBe(1);
    expect(checked.lines.find((l) => l.skuId === 's-tea')!.available).toBe(0);
    expect(changes).toEqual([
      { kind: 'REDUCED', skuId: 's-water', name: '农夫山泉', from: 3, to: 1 },
      { kind: 'SOLD_OUT', skuId: 's-tea', name: '东方树叶' },
    ]);
    // Sold-out lines stay visible but are neither counted nor ordered.
    expect(cartCount(checked)).toBe(1);
    expect(goodsFen(checked)).toBe(2200);
    expect(orderableLines(checked).map((l) => l.skuId)).toEqual(['s-water']);
    // Checking again with the same stock reports nothing new.
    cart = checked;
    expect(recheck(cart, new Map([['s-water', 1]])).changes).toEqual([]);
  });

  test("moving to another store keeps the goods but forgets the old store's stock", () => {
    const a = recheck(addToCart(emptyCart('A'), water, 2), new Map([['s-water', 2]])).cart;
    const b = moveCart(a, 'B');
    expect(b.storeId).toBe('B');
    expect(b.lines[0]!.quantity).toBe(2);
    expect(b.lines[0]!.available).toBeNull();
  });

  test('stock levels as the shopper reads them', () => {
    expect(stockLevel(null)).toBeNull();
    expect(stockLevel(0)).toBe('SOLD_OUT');
    expect(stockLevel(3)).toBe('FEW_LEFT');
    expect(stockLevel(40)).toBe('IN_STOCK');
  });
});
