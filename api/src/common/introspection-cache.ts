// The answer to an introspection-only query depends on nothing but the schema, which is fixed for the life of the
// process, and the standard introspection query costs about 50 ms of CPU on today's schema: GraphiQL, codegen and
// a client sending it over and over get the first answer again instead of a new walk of the schema.
import type { ApolloServerPlugin, GraphQLRequestContext, GraphQLResponse } from '@apollo/server';
import { Kind, type OperationDefinitionNode } from 'graphql';

/** Texts kept: a handful of clients' introspection queries, never an unbounded map. */
const MAX_ENTRIES = 20;

function introspectionOnly(operation: OperationDefinitionNode | undefined): boolean {
  return (
    operation?.operation === 'query' &&
    operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD && s.name.value.startsWith('__'))
  );
}

function keyOf<T extends object>(ctx: GraphQLRequestContext<T>): string | undefined {
  const variables = ctx.request.variables;
  if (variables && Object.keys(variables).length > 0) return undefined;
  if (!ctx.source || !introspectionOnly(ctx.operation)) return undefined;
  return `${ctx.request.operationName ?? ''}\n${ctx.source}`;
}

export function introspectionCachePlugin<T extends object>(): ApolloServerPlugin<T> {
  const answers = new Map<string, GraphQLResponse['body']>();
  return {
    async requestDidStart() {
      return {
        async responseForOperation(ctx) {
          const key = keyOf(ctx);
          const body = key === undefined ? undefined : answers.get(key);
          return body ? { http: ctx.response.http, body } : null;
        },
        async willSendResponse(ctx) {
          const key = keyOf(ctx);
          const body = ctx.response.body;
          if (key === undefined || answers.has(key) || answers.size >= MAX_ENTRIES) return;
          if (body.kind === 'single' && !body.singleResult.errors) answers.set(key, body);
        },
      };
    },
  };
}
