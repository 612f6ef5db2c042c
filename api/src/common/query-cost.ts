// The cost of an operation, computed before it runs: a field costs 1 plus its children, and a field taking
// a page size (`first`) costs that many times as much, with the size it will really run with (literal,
// variable, variable default or argument default). Sizes outside 1..100 are refused here, before execution.
// Time is linear in the document: each named fragment is measured once and reused at every spread.
import {
  GraphQLError,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
  getNamedType,
  isInterfaceType,
  isObjectType,
  typeFromAST,
  valueFromAST,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLArgument,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { MAX_PAGE_SIZE } from './pagination';

export const MAX_QUERY_COST = 5000;
/**
 * A field that runs spatial SQL (routing: a KNN walk over the stores, their zones and their stock) says so in its
 * extensions (`@Extensions({ [ROUTING]: true })`). It costs ROUTING_COST more than a plain field, and one request may
 * ask for at most MAX_ROUTINGS of them: each costs milliseconds of database time, where a plain field costs microseconds.
 */
export const ROUTING = 'routing';
export const ROUTING_COST = 200;
export const MAX_ROUTINGS = 5;
/** Nested selection levels below the operation's root fields. */
export const MAX_DEPTH = 12;
/** Arguments that say how many items a field returns; each multiplies the cost of what it returns. */
export const SIZE_ARGUMENTS = new Set(['first', 'last', 'limit']);

/**
 * Introspection runs in memory, bounded by the schema: a whole `__schema` (the graphql-js introspection query)
 * takes ~6 ms here, so it has a fixed cost that lets at most two run per request, and `__type` one type's worth.
 * Its depth is not counted (TypeRef nests ofType nine times), but a type reached by reference (a field's
 * `type`, `ofType`, `interfaces` ...) may only be named, not expanded again, or `fields { type { fields ... } }`
 * would multiply the schema by itself at every level.
 */
export const INTROSPECTION_COST: Record<string, number> = { __schema: 2000, __type: 50 };
const TYPE_REFERENCES = new Set(['type', 'ofType', 'interfaces', 'possibleTypes', 'queryType', 'mutationType', 'subscriptionType']);
const TYPE_EXPANSIONS = new Set(['fields', 'inputFields', 'enumValues', 'interfaces', 'possibleTypes']);

/**
 * A measured selection set: its cost, how many selection levels it nests, whether it expands an introspected type,
 * how many routings (spatial SQL fields) it runs.
 */
interface Measure {
  cost: number;
  levels: number;
  expands: boolean;
  routings: number;
}

const NOTHING: Measure = { cost: 0, levels: 0, expands: false, routings: 0 };
const ENDLESS: Measure = { cost: Infinity, levels: 0, expands: false, routings: 0 };

export class SizeArgumentError extends Error {
  constructor(
    readonly argument: string,
    readonly value: unknown,
  ) {
    super(`${argument} must be a whole number from 1 to ${MAX_PAGE_SIZE} (got ${JSON.stringify(value) ?? 'nothing'})`);
  }
}

function fieldDefinition(
  parent: GraphQLCompositeType | undefined,
  name: string,
  schema: GraphQLSchema,
): GraphQLField<unknown, unknown> | undefined {
  if (name === '__typename') return TypeNameMetaFieldDef;
  if (parent === schema.getQueryType()) {
    if (name === '__schema') return SchemaMetaFieldDef;
    if (name === '__type') return TypeMetaFieldDef;
  }
  return parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[name] : undefined;
}

export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> = {},
): number {
  return operationLoad(schema, document, operationName, variables).cost;
}

/** What an operation will cost (as operationCost) and how many routings it runs, before it runs. */
export function operationLoad(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> = {},
  /** Set when the figures read a variable (otherwise they hold for any variables sent with this document). */
  reads: { variables: boolean } = { variables: false },
): { cost: number; routings: number } {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName),
  );
  if (!operation) return { cost: 0, routings: 0 };

  // What a variable will really hold: the request's value, else the operation's default for it.
  const variableValue = (name: string): unknown => {
    reads.variables = true;
    if (Object.prototype.hasOwnProperty.call(variables, name)) return variables[name];
    const definition = operation.variableDefinitions?.find((v) => v.variable.name.value === name);
    if (!definition?.defaultValue) return undefined;
    const type = typeFromAST(schema, definition.type as Parameters<typeof typeFromAST>[1]);
    return type ? valueFromAST(definition.defaultValue, type as never) : undefined;
  };

  const sizeOf = (field: FieldNode, def: GraphQLField<unknown, unknown> | undefined): number => {
    let size = 1;
    for (const arg of def?.args ?? ([] as readonly GraphQLArgument[])) {
      if (!SIZE_ARGUMENTS.has(arg.name)) continue;
      const node = field.arguments?.find((a) => a.name.value === arg.name)?.value;
      let value: unknown = arg.defaultValue;
      if (node?.kind === Kind.VARIABLE) {
        const held = variableValue(node.name.value);
        if (held !== undefined) value = held;
      } else if (node) {
        // Literals go through the argument's own type (validation has checked them against it).
        value = node.kind === Kind.INT || node.kind === Kind.FLOAT ? Number(node.value) : valueFromAST(node, arg.type);
      }
      if (value === undefined) continue;
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > MAX_PAGE_SIZE) {
        throw new SizeArgumentError(arg.name, value);
      }
      size *= value;
    }
    return size;
  };

  const fragmentMeasures = new Map<string, Measure | 'measuring'>();

  const measure = (set: SelectionSetNode, parent: GraphQLCompositeType | undefined): Measure => {
    let cost = 0;
    let levels = 1;
    let expands = false;
    let routings = 0;
    const add = (inner: Measure, ownLevel: boolean) => {
      cost += inner.cost;
      levels = Math.max(levels, ownLevel ? inner.levels + 1 : inner.levels);
      expands ||= inner.expands;
      routings += inner.routings;
    };
    const introspected = parent?.name === '__Type';
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        const def = fieldDefinition(parent, name, schema);
        const size = sizeOf(selection, def);
        const children = selection.selectionSet
          ? measure(selection.selectionSet, def && (getNamedType(def.type) as GraphQLCompositeType))
          : NOTHING;
        if (parent?.name.startsWith('__') && TYPE_REFERENCES.has(name) && children.expands) {
          add(ENDLESS, false);
        } else if (parent === schema.getQueryType() && name in INTROSPECTION_COST) {
          add({ ...NOTHING, cost: Number.isFinite(children.cost) ? INTROSPECTION_COST[name]! : Infinity }, true);
        } else {
          const routing = def?.extensions?.[ROUTING] === true;
          add(
            {
              cost: (routing ? ROUTING_COST : 0) + size * (1 + children.cost),
              levels: children.levels,
              expands: false,
              routings: (routing ? 1 : 0) + size * children.routings,
            },
            true,
          );
        }
        if (introspected && TYPE_EXPANSIONS.has(name)) expands = true;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition
          ? (schema.getType(selection.typeCondition.name.value) as GraphQLCompositeType | undefined)
          : parent;
        add(measure(selection.selectionSet, type), false);
      } else {
        add(fragmentMeasure(selection.name.value), false);
      }
    }
    return { cost: Number.isNaN(cost) ? Infinity : cost, levels, expands, routings };
  };

  // A spread adds the fragment's fields at the spread's own level, so its measure does not depend on where it is.
  const fragmentMeasure = (name: string): Measure => {
    const known = fragmentMeasures.get(name);
    if (known === 'measuring') return ENDLESS; // a cycle; validation refuses those anyway
    if (known) return known;
    const fragment = fragments.get(name);
    if (!fragment) return NOTHING;
    fragmentMeasures.set(name, 'measuring');
    const result = measure(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value) as GraphQLCompositeType | undefined);
    fragmentMeasures.set(name, result);
    return result;
  };

  const root =
    operation.operation === 'query'
      ? schema.getQueryType()
      : operation.operation === 'mutation'
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  const total = measure(operation.selectionSet, root ?? undefined);
  // levels counts the root set as 1; the limit counts levels below the root fields.
  return { cost: total.levels - 1 > MAX_DEPTH ? Infinity : total.cost, routings: total.routings };
}

/** The request error for a cost check; 400 because the client can fix it by asking for less. */
export function costErrors(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown>,
  reads?: { variables: boolean },
): GraphQLError | undefined {
  let cost: number;
  let routings: number;
  try {
    ({ cost, routings } = operationLoad(schema, document, operationName, variables, reads));
  } catch (err) {
    if (!(err instanceof SizeArgumentError)) throw err;
    return new GraphQLError(err.message, {
      extensions: { code: 'BAD_USER_INPUT', argument: err.argument, http: { status: 400 } },
    });
  }
  if (routings > MAX_ROUTINGS) {
    return new GraphQLError(`The request asks for ${routings} routings (routeCart, availability, nearbyStores); at most ${MAX_ROUTINGS}`, {
      extensions: { code: 'TOO_MANY_ROUTINGS', max: MAX_ROUTINGS, count: routings, http: { status: 400 } },
    });
  }
  if (cost <= MAX_QUERY_COST) return undefined;
  return new GraphQLError(
    `Query is too costly (${Number.isFinite(cost) ? cost : `more than ${MAX_QUERY_COST}, deeper than ${MAX_DEPTH} or introspection that expands a type reference`}; limit ${MAX_QUERY_COST}); ask for fewer items`,
    { extensions: { code: 'QUERY_TOO_COSTLY', maxCost: MAX_QUERY_COST, maxDepth: MAX_DEPTH, http: { status: 400 } } },
  );
}
