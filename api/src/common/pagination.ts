// Cursor connections with a hard cap of 100 items a page.
import { Max, Min } from 'class-validator';
import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { badUserInput } from './errors';

export const MAX_PAGE_SIZE = 100;

@ObjectType()
export class PageInfo {
  @Field(() => Boolean) hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor?: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: `At most ${MAX_PAGE_SIZE}` })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first: number = 20;

  @Field(() => String, { nullable: true, description: 'endCursor of the previous page' })
  after?: string;
}

export interface Page<T> {
  nodes: T[];
  pageInfo: PageInfo;
}

export function Connection<T extends object>(itemClass: ClassType<T>) {
  @ObjectType()
  abstract class ConnectionClass {
    @Field(() => [itemClass]) nodes!: T[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
  }
  return ConnectionClass;
}

export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

export function decodeCursor<T>(cursor: string | undefined | null, check: (v: unknown) => v is T): T | undefined {
  if (cursor == null) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (check(value)) return value;
  } catch {
    // fall through to the typed error below
  }
  throw badUserInput('after is not a cursor this list gave out', 'after');
}

/** Builds a page from rows fetched with LIMIT first + 1. */
export function toPage<T>(rows: T[], first: number, cursorOf: (row: T) => unknown): Page<T> {
  const nodes = rows.slice(0, first);
  const last = nodes[nodes.length - 1];
  return {
    nodes,
    pageInfo: { hasNextPage: rows.length > first, endCursor: last === undefined ? null : encodeCursor(cursorOf(last)) },
  };
}

/** No list hands out offsets this deep (nearby stores are bounded by a radius); a larger one is forged. */
export const MAX_CURSOR_OFFSET = 100_000;

export const isOffsetCursor = (v: unknown): v is { o: number } =>
  typeof v === 'object' &&
  v !== null &&
  Number.isInteger((v as { o: unknown }).o) &&
  (v as { o: number }).o >= 0 &&
  (v as { o: number }).o <= MAX_CURSOR_OFFSET;
export const isKeyCursor = (v: unknown): v is { k: string } =>
  typeof v === 'object' && v !== null && typeof (v as { k: unknown }).k === 'string';
