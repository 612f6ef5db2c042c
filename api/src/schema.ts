// Builds the GraphQL schema from the resolvers; the checked-in SDL is printed from this.
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { authChecker } from './common/auth-checker';
import { AuthResolver } from './modules/auth/auth.resolver';
import { ProductResolver, SkuResolver } from './modules/catalog/catalog.resolver';
import { StockLevelResolver, StockMovementResolver } from './modules/inventory/inventory.resolver';
import { RoutingResolver, routingStoreFieldResolvers } from './modules/routing/routing.resolver';
import { StoreResolver } from './modules/store/store.resolver';

export function buildApiSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [
      AuthResolver,
      StoreResolver,
      ProductResolver,
      SkuResolver,
      StockLevelResolver,
      StockMovementResolver,
      RoutingResolver,
      ...routingStoreFieldResolvers,
    ] as unknown as [Function, ...Function[]],
    authChecker,
    validate: { forbidUnknownValues: false },
  });
}

export function printApiSchema(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}
