// Named parameters for raw SQL, compiled to positional binds; never string-built from values.
import type { EntityManager } from '@mikro-orm/postgresql';

const NAME = /(?<![:\w]):([a-zA-Z_]\w*)/g;

/** ":name" becomes a bound "?" (PostgreSQL "::type" casts are left alone). */
export function named(sql: string, values: Record<string, unknown>): [string, unknown[]] {
  const params: unknown[] = [];
  const text = sql.replace(NAME, (_, name: string) => {
    if (!(name in values)) throw new Error(`SQL parameter :${name} has no value`);
    params.push(values[name]);
    return '?';
  });
  return [text, params];
}

export async function query<T>(em: EntityManager, sql: string, values: Record<string, unknown>): Promise<T[]> {
  const [text, params] = named(sql, values);
  return em.execute<T[]>(text, params);
}
