// Rejects operations whose estimated cost is too high: a field costs 1 plus its children, and a field
// taking `first` costs that many times as much, so deep pages of pages are caught before they run.
import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

export const MAX_QUERY_COST = 5000;
const MAX_DEPTH = 12;

function pageSize(args: readonly { name: { value: string }; value: ValueNode }[] | undefined, variables: Record<string, unknown>): number {
  const first = args?.find((a) => a.name.value === 'first')?.value;
  if (!first) return 1;
  if (first.kind === Kind.INT) return Number(first.value);
  if (first.kind === Kind.VARIABLE && typeof variables[first.name.value] === 'number') return variables[first.name.value] as number;
  return 1;
}

export function operationCost(document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown> = {}): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  const operation = document.definitions.find(
    (d) => d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName),
  );
  if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) return 0;

  const costOf = (set: SelectionSetNode | undefined, depth: number, seen: Set<string>): number => {
    if (!set) return 0;
    if (depth > MAX_DEPTH) return Infinity;
    let total = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        total += pageSize(selection.arguments, variables) * (1 + costOf(selection.selectionSet, depth + 1, seen));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        total += costOf(selection.selectionSet, depth, seen);
      } else {
        const name = selection.name.value;
        if (seen.has(name)) continue; // cyclic fragments are rejected by validation anyway
        total += costOf(fragments.get(name)?.selectionSet, depth, new Set([...seen, name]));
      }
    }
    return total;
  };
  return costOf(operation.selectionSet, 0, new Set());
}

export function queryCostPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const cost = operationCost(document, request.operationName, request.variables ?? {});
          if (cost > MAX_QUERY_COST) {
            throw new GraphQLError(
              `Query is too costly (${Number.isFinite(cost) ? cost : `deeper than ${MAX_DEPTH}`}; limit ${MAX_QUERY_COST}); ask for fewer items`,
              { extensions: { code: 'QUERY_TOO_COSTLY', maxCost: MAX_QUERY_COST } },
            );
          }
        },
      };
    },
  };
}
