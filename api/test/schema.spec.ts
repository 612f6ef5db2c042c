// The checked-in SDL is what the resolvers produce; clients generate their types from it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildApiSchema, printApiSchema } from '../src/schema';

describe('schema/schema.graphql', () => {
  it('is up to date (run `npm run schema` after changing the API)', async () => {
    const checkedIn = readFileSync(join(__dirname, '..', '..', 'schema', 'schema.graphql'), 'utf8');
    expect(printApiSchema(await buildApiSchema())).toBe(checkedIn);
  });
});
