// Writes schemas/<kind>.schema.json (English) from the zod schemas and the editor texts (src/core/jsonSchema.ts).
// Run after changing a schema or its texts (src/core/i18n/schemaDocs.*.ts): `npm run schemas`. tests/e2e/schema.test.ts
// fails when the committed files differ from what `clientfit schema <kind>` prints.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemaText } from '../src/core/jsonSchema.js';
import { LINT_KINDS } from '../src/core/lint/types.js';

const dir = join(import.meta.dirname, '..', 'schemas');
mkdirSync(dir, { recursive: true });
for (const kind of LINT_KINDS) {
  const file = join(dir, `${kind}.schema.json`);
  writeFileSync(file, jsonSchemaText(kind));
  process.stdout.write(`wrote ${file}\n`);
}
