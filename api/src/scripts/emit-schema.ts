// Writes schema/schema.graphql from the resolvers (`npm run schema`); a test fails when the file is stale.
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildApiSchema, printApiSchema } from '../schema';

export const SCHEMA_FILE = join(__dirname, '..', '..', '..', 'schema', 'schema.graphql');

buildApiSchema()
  .then((schema) => {
    writeFileSync(SCHEMA_FILE, printApiSchema(schema));
    console.log(`wrote ${SCHEMA_FILE}`);
  })
  .catch((err) => {
    console.error(err);
    process.exit(1);
  });
