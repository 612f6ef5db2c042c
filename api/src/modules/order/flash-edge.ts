// The flash sale's edge: a 秒杀 checkout this process already knows the answer to (the item sold out a moment ago by
// PostgreSQL's word, the buyer at its limit, the door full: promotion/flash-gate.ts) is answered here, before Apollo
// parses, validates and runs it. In a sell-out nearly every request is such a loser, and GraphQL's own cost per
// request, not the database, was what kept them waiting in line on the event loop.
//
// The answer is the one GraphQL would give: the document is parsed and validated against the schema once (cached by
// its text) and must be the one checkout mutation taking $input, selecting only scalar fields of the refusal; its
// answer is that selection of FlashSaleUnavailableError, in the document's field order. Anything else, or a buyer
// that may be retrying a checkout it won (its idempotency key placed, asked of PostgreSQL in the crowd's batch), goes
// on to GraphQL as before.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestHandler } from 'express';
import {
  Kind,
  getOperationAST,
  isAbstractType,
  parse,
  validate,
  type GraphQLObjectType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { parseOptions } from '../../common/request-limits';
import { Role, type Viewer } from '../../common/viewer';
import type { FlashGate } from '../promotion/flash-gate';
import { flashBuyers } from '../promotion/flash-checkout';
import { FlashProblem, FlashSaleUnavailableError } from '../promotion/flash-sale.types';
import type { PlacedKeys } from './placed-keys';

/** A document the edge may answer: the checkout field's response key, and the refusal's fields it selects. */
interface Shape {
  rootKey: string;
  /** [response key, field name], in the order GraphQL answers them. */
  fields: [string, string][];
}

const REFUSAL_TYPE = 'FlashSaleUnavailableError';
/** The refusal's fields the edge answers (its own values; a field computed by a resolver would not be here). */
const REFUSAL_FIELDS = new Set(['__typename', 'errorCode', 'message', 'flashItemId', 'problem']);
/** Documents remembered (a client sends one or two); past it the oldest goes. */
const MAX_SHAPES = 64;

export interface FlashEdgeDeps {
  schema: GraphQLSchema;
  gate: FlashGate;
  placedKeys: PlacedKeys;
  em: () => EntityManager;
}

export function flashEdge({ schema, gate, placedKeys, em }: FlashEdgeDeps): RequestHandler {
  const shapes = new Map<string, Shape | null>();
  const shapeOf = (query: string, operationName: unknown): Shape | null => {
    const key = `${typeof operationName === 'string' ? operationName : ''}\n${query}`;
    let shape = shapes.get(key);
    if (shape === undefined) {
      shape = refusalShape(schema, query, typeof operationName === 'string' ? operationName : undefined);
      if (shapes.size >= MAX_SHAPES) shapes.delete(shapes.keys().next().value!);
      shapes.set(key, shape);
    }
    return shape;
  };
  return (req, res, next) => {
    const viewer = res.locals.viewer as Viewer | undefined;
    if (viewer?.role !== Role.SHOPPER || req.method !== 'POST') return next();
    const body = req.body as { query?: unknown; operationName?: unknown; variables?: { input?: Record<string, unknown> } } | undefined;
    const input = body?.variables?.input;
    if (typeof body?.query !== 'string' || typeof input !== 'object' || input === null) return next();
    const { flashItemId, idempotencyKey, deviceId } = input;
    if (typeof flashItemId !== 'string' || typeof idempotencyKey !== 'string') return next();
    if (deviceId !== undefined && deviceId !== null && typeof deviceId !== 'string') return next();
    const refused = gate.knownRefusal(flashItemId, flashBuyers(viewer.shopperId, deviceId));
    if (!refused) return next();
    const shape = shapeOf(body.query, body.operationName);
    if (!shape) return next();
    placedKeys.has(em(), viewer.shopperId, idempotencyKey).then(
      (placed) => {
        if (placed) return next(); // a retry of a checkout it won: GraphQL answers it with that checkout
        res
          .status(200)
          .type('application/json')
          .send(answer(shape, FlashSaleUnavailableError.of(flashItemId, FlashProblem[refused])));
      },
      () => next(), // the database did not answer: GraphQL tries, and answers what it finds
    );
  };
}

/** The JSON GraphQL would answer for this refusal to a document of this shape. */
export function answer(shape: Shape, refusal: FlashSaleUnavailableError): string {
  const values: Record<string, unknown> = { __typename: REFUSAL_TYPE, ...refusal };
  const checkout: Record<string, unknown> = {};
  for (const [key, field] of shape.fields) checkout[key] = values[field];
  return JSON.stringify({ data: { [shape.rootKey]: checkout } });
}

/**
 * The shape of a document the edge may answer, or null: a valid document of one mutation whose only variable is
 * $input, whose only field is checkout(input: $input), with no directives or named fragments, selecting only scalar
 * fields of the refusal (through inline fragments on it or on what it implements).
 */
export function refusalShape(schema: GraphQLSchema, query: string, operationName?: string): Shape | null {
  let doc;
  try {
    doc = parse(query, parseOptions);
  } catch {
    return null;
  }
  if (doc.definitions.length !== 1 || validate(schema, doc).length) return null;
  const op = getOperationAST(doc, operationName);
  if (!op || op.operation !== 'mutation' || op.directives?.length) return null;
  const vars = op.variableDefinitions ?? [];
  if (vars.length !== 1 || vars[0]!.variable.name.value !== 'input' || vars[0]!.defaultValue) return null;
  const [root, ...more] = op.selectionSet.selections;
  if (more.length || root?.kind !== Kind.FIELD || root.name.value !== 'checkout' || root.directives?.length) return null;
  const [arg, ...moreArgs] = root.arguments ?? [];
  if (moreArgs.length || arg?.name.value !== 'input' || arg.value.kind !== Kind.VARIABLE || arg.value.name.value !== 'input') return null;
  const refusal = schema.getType(REFUSAL_TYPE) as GraphQLObjectType;
  const fields: [string, string][] = [];
  const collect = (set: SelectionSetNode): boolean => {
    for (const s of set.selections) {
      if (s.directives?.length || s.kind === Kind.FRAGMENT_SPREAD) return false;
      if (s.kind === Kind.INLINE_FRAGMENT) {
        const on = s.typeCondition ? schema.getType(s.typeCondition.name.value) : refusal;
        const applies = on === refusal || (on !== undefined && on !== null && isAbstractType(on) && schema.isSubType(on, refusal));
        if (applies && !collect(s.selectionSet)) return false;
        continue;
      }
      if (s.selectionSet || !REFUSAL_FIELDS.has(s.name.value)) return false;
      const key = s.alias?.value ?? s.name.value;
      if (!fields.some(([k]) => k === key)) fields.push([key, s.name.value]);
    }
    return true;
  };
  if (!root.selectionSet || !collect(root.selectionSet)) return null;
  return { rootKey: root.alias?.value ?? 'checkout', fields };
}
