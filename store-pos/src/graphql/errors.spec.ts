import { CombinedError } from 'urql';
import { GraphQLError } from 'graphql';
import { expect, it } from 'vitest';
import { describeFault } from './errors';

it('tells HQ a zone was refused for its vertices, and other bad input in general words', () => {
  const refused = (message: string, extensions: Record<string, unknown>) =>
    describeFault(new CombinedError({ graphQLErrors: [new GraphQLError(message, { extensions })] }));
  expect(
    refused('Variable $input.deliveryZone: geometry has more than 5000 vertices', {
      code: 'BAD_USER_INPUT',
      limit: 'vertices',
      variable: 'input.deliveryZone',
    }),
  ).toBe('顶点超过 5000 个');
  expect(refused('Variable $input.lines has more than 400 items', { code: 'BAD_USER_INPUT' })).not.toContain('顶点');
});
