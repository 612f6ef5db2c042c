#!/usr/bin/env node
// Fails when a checked-in generated file (typed operations of the API tests, the shopper app and the store app)
// is not what `npm run codegen` makes from schema/schema.graphql and the .graphql operations today. Generates in
// memory and compares; writes nothing. (schema.graphql itself is checked against the resolvers by
// api/test/schema.spec.ts.)
import { generate, loadCodegenConfig } from '@graphql-codegen/cli';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The generated files that differ from what is checked in (empty when all are current). */
export async function staleGeneratedFiles(cwd = ROOT) {
  const { config } = await loadCodegenConfig({ configFilePath: path.join(cwd, 'codegen.yml') });
  const outputs = await generate({ ...config, cwd, silent: true, verbose: false }, false);
  return outputs
    .filter((o) => {
      const file = path.resolve(cwd, o.filename);
      return !existsSync(file) || readFileSync(file, 'utf8') !== o.content;
    })
    .map((o) => path.relative(cwd, path.resolve(cwd, o.filename)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  const stale = await staleGeneratedFiles();
  if (stale.length) {
    console.error(`[codegen] out of date: ${stale.join(', ')}\n  Run \`npm run codegen\` and commit the result.`);
    process.exit(1);
  }
  console.log(`[codegen] generated types are current (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
