// Types of check.mjs, for the checker's unit test (api/src/sql-distribution.spec.ts).
export declare const BY_CLUSTER: Set<string>;
export declare const ready: Promise<void>;
export declare function unkeyedTables(sql: string): string[];
export declare function fingerprint(sql: string): string;
export declare function violations(
  records: { from: string; sql: string }[],
  allow: Record<string, unknown>,
): { from: string; sql: string; tables: string[]; fingerprint: string }[];
