import type { EntityManager } from '@mikro-orm/postgresql';
import { describe, expect, it } from 'vitest';
import { createContext, type AppDeps } from './context';
import { anonymous } from './common/viewer';

describe('the request context', () => {
  it('survives the copy Apollo makes of it without building the dataloaders, and builds them once when read', () => {
    const deps = { clock: { now: () => new Date() }, runtime: { pubSub: {} } } as unknown as AppDeps;
    const ctx = createContext({} as EntityManager, anonymous, deps);
    // What @apollo/server does with the context value before executing (ApolloServer.js, cloneObject).
    const copy = Object.assign(Object.create(Object.getPrototypeOf(ctx) as object) as typeof ctx, ctx);
    expect(Object.getOwnPropertyDescriptor(ctx, 'loaders')).toBeUndefined();
    expect(Object.getOwnPropertyDescriptor(copy, 'loaders')).toBeUndefined();
    const loaders = copy.loaders;
    expect(loaders.sku).toBeDefined();
    expect(copy.loaders).toBe(loaders);
    expect(copy.em).toBe(ctx.em);
    expect(copy.services).toBe(ctx.services);
  });
});
