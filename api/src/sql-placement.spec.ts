// SQL lives in repositories only (CONVENTIONS, "Data layer lessons"): lists the files under api/src that hold SQL
// and fails on any that is not a `*.repository.ts` or a migration. No database: it parses the sources.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = __dirname;

/**
 * Calls that send SQL: the helpers of common/sql.ts by name (wherever they are imported from), and the ORM's and
 * knex's ways around them. A method that happens to be called `query` (a payment provider's) is not one of them.
 */
const SQL_HELPERS = new Set(['query', 'preparedQuery', 'plannedQuery', 'readQuery', 'readPlannedQuery']);
const SQL_METHODS = new Set(['execute', 'getKnex', 'getConnection', 'raw', 'createQueryBuilder', 'qb']);

/** Statement shapes, upper case as every statement here is written; prose ("select a store from…") is lower case. */
const SQL_TEXT = [
  /\bSELECT\b[\s\S]*\bFROM\b/,
  /\bINSERT\s+INTO\b/,
  /\bUPDATE\s+\w+(\s+\w+)?\s+SET\b/,
  /\bDELETE\s+FROM\b/,
  /\bFOR\s+UPDATE\b/,
  /\bpg_\w+\(/,
];

/** Where SQL belongs: repositories, and migrations (schema changes are SQL by nature). */
const allowed = (file: string) => file.endsWith('.repository.ts') || file.startsWith(`migrations${sep}`);

/**
 * Files that are not repositories yet may hold SQL, each with the reason. common/sql.ts is the helper that sends
 * statements (it writes none of its own beyond BEGIN/COMMIT); unit tests next to the code exercise it.
 */
const EXEMPT: Record<string, string> = {
  [join('common', 'sql.ts')]: 'the SQL helpers themselves: they send the statements repositories write',
  [join('common', 'sql-rider.ts')]: "the SQL helpers' carried read: protocol messages (Bind, Execute), no SQL of its own",
  [join('common', 'sql-each.ts')]: "the SQL helpers' batch: runs a repository's statement once per set of values (run_each)",
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.spec.ts') && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** What in the file looks like SQL: each finding as `line: what`. */
export function sqlIn(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.ES2022, true);
  const found: string[] = [];
  const at = (node: ts.Node, what: string) => found.push(`${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${what}`);
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      if (ts.isIdentifier(callee) && SQL_HELPERS.has(callee.text)) at(node, `${callee.text}()`);
      if (ts.isPropertyAccessExpression(callee) && SQL_METHODS.has(callee.name.text)) at(node, `.${callee.name.text}()`);
    }
    if (ts.isNoSubstitutionTemplateLiteral(node) || ts.isStringLiteral(node) || ts.isTemplateExpression(node)) {
      const raw = node.getText(source);
      const pattern = SQL_TEXT.find((p) => p.test(raw));
      if (pattern) at(node, `SQL text ${raw.replace(/\s+/g, ' ').slice(0, 60)}`);
      if (!ts.isTemplateExpression(node)) return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('SQL placement', () => {
  it('finds statements however they are sent (so the check below can be trusted)', () => {
    const samples: [string, string][] = [
      ['helper call', `await query(em, sql, {});`],
      ['prepared helper', `await preparedQuery<Row>(tx, LOCK, { id });`],
      ['ORM execute', `await em.execute('anything');`],
      ['knex', `const pool = em.getKnex().client;`],
      ['template', 'const X = `SELECT id FROM store WHERE code = :code`;'],
      ['template with a hole', 'const X = `UPDATE customer_order o SET state = ${s}`;'],
      ['string', `const X = 'DELETE FROM split_rule WHERE id = 1';`],
      ['locking', 'const X = `SELECT 1 FROM t FOR UPDATE`;'],
    ];
    for (const [what, code] of samples) expect(sqlIn('x.ts', code), what).not.toEqual([]);
    const clean = [`await payments.query(outTradeNo);`, `const m = 'Select a store from the list';`, `throw new Error('update the app');`];
    for (const code of clean) expect(sqlIn('x.ts', code), code).toEqual([]);
  });

  it('holds SQL only in repositories and migrations', () => {
    const outside: Record<string, string[]> = {};
    const exemptSeen = new Set<string>();
    for (const path of sourceFiles(SRC)) {
      const file = relative(SRC, path);
      if (allowed(file)) continue;
      const found = sqlIn(file, readFileSync(path, 'utf8'));
      if (!found.length) continue;
      if (file in EXEMPT) exemptSeen.add(file);
      else outside[file] = found;
    }
    expect(outside).toEqual({});
    // An exemption that no longer holds SQL goes from the list.
    expect([...exemptSeen].sort()).toEqual(Object.keys(EXEMPT).sort());
  });
});

describe('the pools', () => {
  it('no file reaches into knex or its pool; only common/sql.ts takes connections of the SQL pool', () => {
    const files = sourceFiles(SRC).map((path) => relative(SRC, path));
    const read = (file: string) => readFileSync(join(SRC, file), 'utf8');
    expect(
      files.filter((file) => /getKnex\(|__knex|acquireConnection|releaseConnection|numUsed|numPendingAcquires/.test(read(file))),
    ).toEqual([]);
    const owners = [join('common', 'sql.ts'), join('common', 'sql-pool.ts')];
    expect(
      files.filter((file) => !owners.includes(file) && /getDriver\(|new SqlPool\b|\.acquire\((['"]|priority)/.test(read(file))),
    ).toEqual([]);
  });
});
