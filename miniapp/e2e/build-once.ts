// The browser tests use the same stale-check build as npm start and the budgets.
// @ts-expect-error plain ESM script
export { ensureBuilt } from '../scripts/build-if-stale.mjs';
