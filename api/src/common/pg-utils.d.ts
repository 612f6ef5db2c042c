// pg's value mapper for Bind messages (lib/utils.js, public under the package's "./lib/*" export), untyped by @types/pg.
declare module 'pg/lib/utils' {
  export function prepareValue(value: unknown): unknown;
}
