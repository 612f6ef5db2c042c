// Bounds on a GraphQL request, checked from cheapest to dearest so no request can hold the event loop:
// the body size (Express), the token count (graphql-js parse), the document's shape (one linear walk, before
// graphql-js validation, some of whose rules are super-linear in repeated fields), then the operation's cost
// and page sizes (query-cost.ts, before execution). Every refusal is an HTTP 400 with extensions.code.
import type { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from '@apollo/server';
import type { RequestHandler } from 'express';
import {
  GraphQLError,
  Kind,
  getNullableType,
  isInputObjectType,
  isListType,
  parse,
  typeFromAST,
  type DocumentNode,
  type GraphQLInputObjectType,
  type GraphQLInputType,
  type GraphQLSchema,
  type ParseOptions,
  type SelectionSetNode,
} from 'graphql';
import { MAX_GEOMETRY_VERTICES, oversizeGeometry } from './geometry-size';
import { unreadableDocumentError, unreadableTextError, unreadableVariableError } from './input-text';
import { costErrors } from './query-cost';

/** Largest /graphql body for anyone but HQ (a network import is bigger, so HQ gets IMPORT_BODY_LIMIT). */
export const BODY_LIMIT_BYTES = 128 * 1024;
export const IMPORT_BODY_LIMIT_BYTES = 5 * 1024 * 1024;

export const DOCUMENT_LIMITS = {
  /** The largest operation the apps send has ~500 tokens, the graphql-js introspection query ~170. */
  tokens: 3000,
  /** Fields, fragment spreads and inline fragments written in the document (the largest operation has ~100). */
  selections: 500,
  aliases: 100,
  directives: 50,
  operations: 20,
  fragments: 30,
  /** Selection sets nested in the text; the cost check also limits depth through fragments. */
  nesting: 20,
  /**
   * graphql-js's OverlappingFieldsCanBeMerged compares every pair of same-named fields in a selection set
   * (inline fragments included) and every pair of fragments spread into it: quadratic. Legitimate documents
   * repeat a name a few times (`__typename` per union member) and spread a few fragments.
   */
  sameNameInSet: 12,
  spreadsInSet: 12,
} as const;

export const parseOptions: ParseOptions = { maxTokens: DOCUMENT_LIMITS.tokens };

type Limit = keyof typeof DOCUMENT_LIMITS;

function tooComplex(what: Limit, count: number): GraphQLError {
  const wording: Record<Limit, string> = {
    tokens: 'tokens',
    selections: 'selections',
    aliases: 'aliases',
    directives: 'directives',
    operations: 'operations',
    fragments: 'fragments',
    nesting: 'levels of nesting',
    sameNameInSet: 'fields of one name in one selection set',
    spreadsInSet: 'fragment spreads in one selection set',
  };
  return new GraphQLError(`The document has too many ${wording[what]} (${count}; at most ${DOCUMENT_LIMITS[what]}); send a smaller one`, {
    extensions: { code: 'DOCUMENT_TOO_COMPLEX', limit: what, max: DOCUMENT_LIMITS[what], count },
  });
}

/** The first document limit a parsed document breaks, or undefined. Linear in the document; no recursion. */
export function documentShapeError(document: DocumentNode): GraphQLError | undefined {
  const count = { selections: 0, aliases: 0, directives: 0, operations: 0, fragments: 0, nesting: 0, sameNameInSet: 0, spreadsInSet: 0 };
  // A scope is a selection set with the inline fragments written in it: graphql-js merges them into one.
  const scopes: { set: SelectionSetNode; level: number }[] = [];
  for (const def of document.definitions) {
    if (def.kind === Kind.OPERATION_DEFINITION) count.operations++;
    else if (def.kind === Kind.FRAGMENT_DEFINITION) count.fragments++;
    if ('directives' in def) count.directives += def.directives?.length ?? 0;
    if ('variableDefinitions' in def) for (const v of def.variableDefinitions ?? []) count.directives += v.directives?.length ?? 0;
    if ('selectionSet' in def && def.selectionSet) scopes.push({ set: def.selectionSet, level: 1 });
  }
  scan: while (scopes.length > 0) {
    const { set, level } = scopes.pop()!;
    count.nesting = Math.max(count.nesting, level);
    const names = new Map<string, number>();
    let spreads = 0;
    const sameLevel: SelectionSetNode[] = [set];
    while (sameLevel.length > 0) {
      for (const selection of sameLevel.pop()!.selections) {
        count.selections++;
        count.directives += selection.directives?.length ?? 0;
        if (selection.kind === Kind.FIELD) {
          if (selection.alias) count.aliases++;
          const name = (selection.alias ?? selection.name).value;
          const seen = (names.get(name) ?? 0) + 1;
          names.set(name, seen);
          count.sameNameInSet = Math.max(count.sameNameInSet, seen);
          if (selection.selectionSet) scopes.push({ set: selection.selectionSet, level: level + 1 });
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          sameLevel.push(selection.selectionSet);
        } else {
          count.spreadsInSet = Math.max(count.spreadsInSet, ++spreads);
        }
      }
      if (count.selections > DOCUMENT_LIMITS.selections || level > DOCUMENT_LIMITS.nesting) break scan;
    }
  }
  for (const key of Object.keys(count) as (keyof typeof count)[]) {
    if (count[key] > DOCUMENT_LIMITS[key]) return tooComplex(key, count[key]);
  }
  return undefined;
}

/** Verdicts on documents already seen, by query text: the apps send a few dozen texts over and over. */
const SHAPE_CACHE_ENTRIES = 1000;
/** Longer texts are checked every time: the cache holds at most SHAPE_CACHE_ENTRIES × this many characters. */
const SHAPE_CACHE_TEXT_CHARS = 16 * 1024;
const shapeVerdicts = new Map<string, GraphQLError | null>();

/** The shape verdict of a query text (null: within limits, or unparsable: Apollo answers that), least recently used dropped first. */
export function shapeVerdict(query: string): GraphQLError | null {
  const known = shapeVerdicts.get(query);
  if (known !== undefined) {
    // Most recently used last: Map keeps insertion order.
    shapeVerdicts.delete(query);
    shapeVerdicts.set(query, known);
    return known;
  }
  let verdict: GraphQLError | null;
  try {
    verdict = documentShapeError(parse(query, parseOptions)) ?? null;
  } catch {
    verdict = null;
  }
  if (query.length <= SHAPE_CACHE_TEXT_CHARS) {
    shapeVerdicts.set(query, verdict);
    if (shapeVerdicts.size > SHAPE_CACHE_ENTRIES) shapeVerdicts.delete(shapeVerdicts.keys().next().value!);
  }
  return verdict;
}

/**
 * Checks the document's shape before Apollo sees it. Apollo offers no hook between parsing and validation that
 * may refuse a request (an error thrown from validationDidStart becomes a 500), so this parses once more with
 * the same token limit (linear, at most DOCUMENT_LIMITS.tokens) and leaves syntax errors to Apollo. The verdict
 * depends on the text alone, so a text seen before is not parsed again (shapeVerdict).
 */
export const documentLimits: RequestHandler = (req, res, next) => {
  const body = req.body as { query?: unknown; extensions?: unknown } | undefined;
  const extensions = req.method === 'POST' ? body?.extensions : req.query.extensions;
  if (asksForPersistedQuery(extensions)) {
    res.status(400).json({
      errors: [{ message: 'Persisted queries are not supported; send the query', extensions: { code: 'PERSISTED_QUERY_NOT_SUPPORTED' } }],
    });
    return;
  }
  const query = req.method === 'POST' ? body?.query : req.query.query;
  if (typeof query !== 'string') return next();
  const error = shapeVerdict(query);
  if (!error) return next();
  res.status(400).json({ errors: [{ message: error.message, extensions: error.extensions }] });
};

/** Apollo answers a persisted query (APQ) it cannot serve with a 200, as that protocol has it; we serve none. */
function asksForPersistedQuery(extensions: unknown): boolean {
  if (typeof extensions === 'string') return extensions.includes('persistedQuery');
  return typeof extensions === 'object' && extensions !== null && 'persistedQuery' in extensions;
}

/**
 * The longest list of input objects any argument takes (a store's hours exceptions: 400). Each item is coerced,
 * converted and validated before the resolver refuses the list by its own @ArrayMaxSize, so 1,500 cart lines
 * held the loop ~150 ms; literals are already bounded by the token limit, variables are checked here.
 */
export const MAX_INPUT_OBJECT_LIST = 400;

const holdsObjectLists = new WeakMap<GraphQLInputType, boolean>();

/**
 * Whether a value of this input type can hold a list of input objects anywhere inside it: the walk below only
 * goes where one can be (a cart line holds none, so its lines are not walked field by field). Recursive input
 * types count as holding one.
 */
function canHoldObjectList(type: GraphQLInputType, seen = new Set<GraphQLInputType>()): boolean {
  const nullable = getNullableType(type) as GraphQLInputType;
  const known = holdsObjectLists.get(nullable);
  if (known !== undefined) return known;
  if (seen.has(nullable)) return true;
  seen.add(nullable);
  let holds = false;
  if (isListType(nullable)) {
    const item = getNullableType(nullable.ofType as GraphQLInputType);
    holds = isInputObjectType(item) || isListType(item) || canHoldObjectList(item, seen);
  } else if (isInputObjectType(nullable)) {
    holds = Object.values(nullable.getFields()).some((f) => canHoldObjectList(f.type, seen));
  }
  holdsObjectLists.set(nullable, holds);
  return holds;
}

const listFields = new WeakMap<GraphQLInputObjectType, [string, GraphQLInputType][]>();

/** The fields of an input object type that can hold a list of input objects (the only ones the walk enters), once per type. */
function fieldsHoldingObjectLists(type: GraphQLInputObjectType): [string, GraphQLInputType][] {
  let fields = listFields.get(type);
  if (!fields) {
    fields = Object.entries(type.getFields())
      .filter(([, field]) => canHoldObjectList(field.type))
      .map(([name, field]) => [name, field.type]);
    listFields.set(type, fields);
  }
  return fields;
}

/** The first variable holding a list of input objects longer than MAX_INPUT_OBJECT_LIST, as a request error. */
export function variableListError(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown>,
): GraphQLError | undefined {
  const operation = document.definitions.find(
    (d) => d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName),
  );
  if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) return undefined;
  const tooLong = (value: unknown, type: GraphQLInputType, path: string, depth: number): string | undefined => {
    const nullable = getNullableType(type);
    if (value == null || depth > 16 || !canHoldObjectList(nullable)) return undefined;
    if (isListType(nullable) && Array.isArray(value)) {
      const item = getNullableType(nullable.ofType as GraphQLInputType);
      if (!isInputObjectType(item) && !isListType(item)) return undefined;
      if (value.length > MAX_INPUT_OBJECT_LIST) return path;
      for (let i = 0; i < value.length; i++) {
        const found = tooLong(value[i], nullable.ofType as GraphQLInputType, `${path}.${i}`, depth + 1);
        if (found) return found;
      }
    } else if (isInputObjectType(nullable) && typeof value === 'object') {
      for (const [name, fieldType] of fieldsHoldingObjectLists(nullable)) {
        const found = tooLong((value as Record<string, unknown>)[name], fieldType, `${path}.${name}`, depth + 1);
        if (found) return found;
      }
    }
    return undefined;
  };
  for (const definition of operation.variableDefinitions ?? []) {
    const type = typeFromAST(schema, definition.type as Parameters<typeof typeFromAST>[1]) as GraphQLInputType | undefined;
    const name = definition.variable.name.value;
    const path = type && tooLong(variables[name], type, name, 0);
    if (path) {
      return new GraphQLError(`Variable $${path} has more than ${MAX_INPUT_OBJECT_LIST} items`, {
        extensions: { code: 'BAD_USER_INPUT', variable: path, max: MAX_INPUT_OBJECT_LIST, http: { status: 400 } },
      });
    }
  }
  return undefined;
}

/**
 * The first geometry in the variables (a delivery zone, or any inside a network import) with more vertices than
 * MAX_GEOMETRY_VERTICES, as a request error, before anything parses or measures it.
 */
export function geometrySizeError(variables: Record<string, unknown>): GraphQLError | undefined {
  const found = oversizeGeometry(variables, '');
  if (!found) return undefined;
  const variable = found.path.replace(/^\./, '');
  return new GraphQLError(`Variable $${variable}: geometry has more than ${MAX_GEOMETRY_VERTICES} vertices`, {
    extensions: { code: 'BAD_USER_INPUT', variable, limit: 'vertices', max: MAX_GEOMETRY_VERTICES, http: { status: 400 } },
  });
}

/** Documents whose checks passed whatever the variables: no unreadable string written in them, and a cost that reads no variable (by operation name). */
interface DocumentPasses {
  text: boolean;
  cost: Set<string>;
}

/**
 * Variables (list lengths, geometry sizes, text), page sizes and cost, after validation and before execution; Apollo answers with
 * extensions.http's status. Apollo keeps one parsed document per query text (its document store), so what depends
 * on the document alone (the strings written in it, a cost that reads no variable) is remembered with that
 * document when it passed; a refusal is worked out again each time (rare, and its error is the request's own).
 */
export function requestLimitsPlugin(): ApolloServerPlugin {
  const passes = new WeakMap<DocumentNode, DocumentPasses>();
  const checks: GraphQLRequestListener<BaseContext> = {
    async didResolveOperation({ request, document, schema }) {
      const variables = request.variables ?? {};
      let passed = passes.get(document);
      if (!passed) passes.set(document, (passed = { text: false, cost: new Set() }));
      const error =
        variableListError(schema, document, request.operationName, variables) ??
        geometrySizeError(variables) ??
        unreadableVariableError(variables) ??
        documentTextError(passed, document) ??
        documentCostError(passed, schema, document, request.operationName, variables);
      if (error) throw error;
    },
  };
  return {
    // One listener for every request: it holds nothing of a request's own.
    async requestDidStart() {
      return checks;
    },
  };
}

function documentTextError(passed: DocumentPasses, document: DocumentNode): GraphQLError | undefined {
  if (passed.text) return undefined;
  const error = unreadableDocumentError(document);
  passed.text = !error;
  return error;
}

function documentCostError(
  passed: DocumentPasses,
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown>,
): GraphQLError | undefined {
  const operation = operationName ?? '';
  if (passed.cost.has(operation)) return undefined;
  const reads = { variables: false };
  const error = costErrors(schema, document, operationName, variables, reads);
  if (!error && !reads.variables) passed.cost.add(operation);
  return error;
}

/**
 * All of the above for a transport that bypasses Express and Apollo (graphql-ws): parse with the token limit,
 * shape, variables, text, page sizes and cost, before the transport validates and runs the operation.
 */
export function operationRefusal(
  schema: GraphQLSchema,
  query: string,
  variables: Record<string, unknown> | null | undefined,
  operationName: string | null | undefined,
): GraphQLError | undefined {
  let document: DocumentNode;
  try {
    document = parse(query, parseOptions);
  } catch (err) {
    return new GraphQLError((err as Error).message, { extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
  }
  const vars = variables ?? {};
  return (
    documentShapeError(document) ??
    variableListError(schema, document, operationName, vars) ??
    geometrySizeError(vars) ??
    unreadableTextError(document, vars) ??
    costErrors(schema, document, operationName, vars)
  );
}
