// What each funder bears of one promotion's discount on one order. The ledger posts it this way, and the HQ
// console's simulation and live view count it the same way, so the two never differ by a fen.
import type { Funder } from './pricing.types';

const WHOLE_BP = 10_000;

/**
 * `amountFen` is the promotion's whole discount on one order (its lines and delivery together). A split rounds the
 * store's part down once per order and HQ takes the odd fen, so the parts always sum to the amount.
 */
export function funderCost(amountFen: number, funder: Funder): { hqFen: number; storeFen: number } {
  if (funder.kind === 'HQ') return { hqFen: amountFen, storeFen: 0 };
  if (funder.kind === 'STORE') return { hqFen: 0, storeFen: amountFen };
  const storeFen = Math.floor((amountFen * funder.storeBp) / WHOLE_BP);
  return { hqFen: amountFen - storeFen, storeFen };
}
