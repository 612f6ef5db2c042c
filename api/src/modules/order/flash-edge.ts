// The flash sale's edge: a 秒杀 checkout goes through the item's door (promotion/flash-gate.ts) here, before Apollo
// parses, validates and runs it. One the door turns away (sold out a moment ago by PostgreSQL's word, the buyer at its
// limit, the door full) is answered here; one admitted goes on to GraphQL with its place (res.locals.flashTicket). In a
// sell-out nearly every request is a loser, and GraphQL's own cost per request, not the database, was what kept them
// waiting in line on the event loop (and the crowd's first wave was all parsed before the door saw any of it).
//
// The answer is the one GraphQL would give: the document is parsed and validated against the schema once (cached by
// its text) and must be the one checkout mutation taking $input (its fragments beside it, as the shopper app sends
// them), selecting only scalar fields of the refusal; its answer is that selection of FlashSaleUnavailableError, in the
// document's field order. Anything else, or a buyer that may be retrying a checkout it won (its idempotency key
// placed, asked of PostgreSQL in the crowd's batch), goes on to GraphQL as before.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestHandler } from 'express';
import type { Socket } from 'node:net';
import {
  Kind,
  getOperationAST,
  isAbstractType,
  parse,
  validate,
  type GraphQLObjectType,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { parseOptions } from '../../common/request-limits';
import { Role, type Viewer } from '../../common/viewer';
import type { FlashGate, FlashTicket } from '../promotion/flash-gate';
import { flashBuyers, flashRemaining } from '../promotion/flash-checkout';
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
    const shape = shapeOf(body.query, body.operationName);
    if (!shape) return next();
    const buyers = flashBuyers(viewer.shopperId, deviceId);
    void gate
      .enter(flashItemId, buyers, () => flashRemaining(em(), flashItemId))
      .then(
        (door) => {
          if ('leave' in door) {
            // Admitted: GraphQL runs the checkout with this place; it is given back when the response ends at the latest.
            const ticket: FlashTicket = { itemId: flashItemId, buyers, leave: door.leave };
            res.locals.flashTicket = ticket;
            res.once('close', door.leave);
            return next();
          }
          // A retry of a checkout it won: GraphQL answers it with that checkout (and the door turns it away again).
          placedKeys.has(em(), viewer.shopperId, idempotencyKey).then(
            (placed) => {
              if (placed) return next();
              const refusal = FlashSaleUnavailableError.of(flashItemId, FlashProblem[door.refused]);
              res.status(200).type('application/json').send(answer(shape, refusal));
              holdWhileInFlight(req.socket, gate.whenThrough(flashItemId));
            },
            () => next(), // the database did not answer: GraphQL tries, and answers what it finds
          );
        },
        () => next(),
      );
  };
}

/**
 * The connection of a refused request is read again once the item's admitted checkouts are through (or after
 * HOLD_REFUSED_MS): its next request waits in the kernel's buffer, costing this process nothing, instead of being
 * parsed ahead of the admitted checkouts' next turns. A client that waits as the app says (稍等几秒) sends nothing
 * meanwhile; a script firing again at once, or a gateway's connection, waits at most that long.
 */
function holdWhileInFlight(socket: Socket, through: Promise<void> | null): void {
  if (!through) return;
  socket.pause();
  void through.then(() => socket.resume());
}

/** The JSON GraphQL would answer for this refusal to a document of this shape. */
export function answer(shape: Shape, refusal: FlashSaleUnavailableError): string {
  const values: Record<string, unknown> = { __typename: REFUSAL_TYPE, ...refusal };
  const checkout: Record<string, unknown> = {};
  for (const [key, field] of shape.fields) checkout[key] = values[field];
  return JSON.stringify({ data: { [shape.rootKey]: checkout } });
}

/**
 * The shape of a document the edge may answer, or null: a valid document of one mutation (and its fragments) whose
 * only variable is $input, whose only field is checkout(input: $input), with no directives, selecting only scalar
 * fields of the refusal (through fragments on it or on what it implements; those on other types are skipped).
 */
export function refusalShape(schema: GraphQLSchema, query: string, operationName?: string): Shape | null {
  let doc;
  try {
    doc = parse(query, parseOptions);
  } catch {
    return null;
  }
  const operations = doc.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of doc.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  if (operations.length !== 1 || operations.length + fragments.size !== doc.definitions.length) return null;
  if (validate(schema, doc).length) return null;
  const op = getOperationAST(doc, operationName);
  if (!op || op.operation !== 'mutation' || op.directives?.length) return null;
  const vars = op.variableDefinitions ?? [];
  if (vars.length !== 1 || vars[0]!.variable.name.value !== 'input' || vars[0]!.defaultValue) return null;
  const [root, ...more] = op.selectionSet.selections;
  if (more.length || root?.kind !== Kind.FIELD || root.name.value !== 'checkout' || root.directives?.length) return null;
  const [arg, ...moreArgs] = root.arguments ?? [];
  if (moreArgs.length || arg?.name.value !== 'input' || arg.value.kind !== Kind.VARIABLE || arg.value.name.value !== 'input') return null;
  const refusal = schema.getType(REFUSAL_TYPE) as GraphQLObjectType;
  const applies = (typeName: string | undefined) => {
    const on = typeName === undefined ? refusal : schema.getType(typeName);
    return on === refusal || (!!on && isAbstractType(on) && schema.isSubType(on, refusal));
  };
  const fields: [string, string][] = [];
  const collect = (set: SelectionSetNode): boolean => {
    for (const s of set.selections) {
      if (s.directives?.length) return false;
      if (s.kind === Kind.INLINE_FRAGMENT || s.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = s.kind === Kind.INLINE_FRAGMENT ? s : fragments.get(s.name.value);
        if (!fragment || fragment.directives?.length) return false;
        if (applies(fragment.typeCondition?.name.value) && !collect(fragment.selectionSet)) return false;
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
