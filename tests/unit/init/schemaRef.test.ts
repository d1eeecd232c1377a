import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCHEMA_REF, schemaRefFor } from '../../../src/io/schemaRef.js';
import { makeTempDir } from '../../support/tempDirs.js';

function tree(files: string[]): string {
  const dir = makeTempDir('clientfit-schema-');
  for (const f of files) {
    mkdirSync(join(dir, f, '..'), { recursive: true });
    writeFileSync(join(dir, f), '{}');
  }
  return dir;
}

describe('schemaRefFor', () => {
  it('points at the nearest schemas/client.schema.json, relative to the new file', () => {
    const dir = tree(['schemas/client.schema.json']);
    expect(schemaRefFor(join(dir, 'clients'))).toEqual({ ref: '../schemas/client.schema.json', found: true });
    expect(schemaRefFor(join(dir, 'a', 'b'))).toEqual({ ref: '../../schemas/client.schema.json', found: true });
    expect(schemaRefFor(dir)).toEqual({ ref: './schemas/client.schema.json', found: true });
  });

  it('else at a locally installed clientfit', () => {
    const dir = tree(['node_modules/clientfit/schemas/client.schema.json']);
    expect(schemaRefFor(join(dir, 'clients'))).toEqual({ ref: '../node_modules/clientfit/schemas/client.schema.json', found: true });
  });

  it('else the clients/ + schemas/ convention, flagged as not found', () => {
    const dir = tree([]);
    const r = schemaRefFor(join(dir, 'clients'));
    // Only true if nothing up to / has a schemas/ folder, which holds for a temp folder.
    expect(r).toEqual({ ref: DEFAULT_SCHEMA_REF, found: false });
  });
});
