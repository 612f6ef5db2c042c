// One check for every piece of text a request carries, in variables or written in the document: PostgreSQL
// cannot store NUL, and an unpaired UTF-16 surrogate has no UTF-8 form. Refusing them here, before execution,
// means no resolver, validator or SQL statement ever sees them (they used to surface as internal errors,
// with the failing SQL echoed in development).
import { GraphQLError, Kind, visit, type DocumentNode } from 'graphql';

// eslint-disable-next-line no-control-regex
const NUL = /\u0000/;
/** A high surrogate not followed by a low one, or a low one not preceded by a high one (String.isWellFormed is ES2024). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function unreadable(text: string): string | undefined {
  if (NUL.test(text)) return 'a NUL character';
  if (LONE_SURROGATE.test(text)) return 'an unpaired surrogate (broken Unicode)';
  return undefined;
}

function refusal(where: string, what: string): GraphQLError {
  return new GraphQLError(`${where} contains ${what}; send plain Unicode text`, {
    extensions: { code: 'BAD_USER_INPUT', field: where, http: { status: 400 } },
  });
}

/** The first unreadable string in the variables (walked without recursion: they may nest deep) or the document. */
export function unreadableTextError(document: DocumentNode, variables: Record<string, unknown>): GraphQLError | undefined {
  return unreadableVariableError(variables) ?? unreadableDocumentError(document);
}

/** The first unreadable string (or key) in the variables. */
export function unreadableVariableError(variables: Record<string, unknown>): GraphQLError | undefined {
  const pending: { value: unknown; path: string }[] = [{ value: variables, path: '$' }];
  while (pending.length > 0) {
    const { value, path } = pending.pop()!;
    if (typeof value === 'string') {
      const what = unreadable(value);
      if (what) return refusal(`variable ${path}`, what);
    } else if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) pending.push({ value: value[i], path: `${path}.${i}` });
    } else if (value !== null && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        const what = unreadable(key);
        if (what) return refusal(`variable ${path}`, what);
        pending.push({ value: inner, path: path === '$' ? `$${key}` : `${path}.${key}` });
      }
    }
  }
  return undefined;
}

/** The first unreadable string written in the document: the same for every request that sends this document. */
export function unreadableDocumentError(document: DocumentNode): GraphQLError | undefined {
  let found: GraphQLError | undefined;
  visit(document, {
    [Kind.STRING](node) {
      const what = unreadable(node.value);
      if (what && !found) found = refusal(`a string at line ${node.loc?.startToken.line ?? '?'}`, what);
    },
  });
  return found;
}
