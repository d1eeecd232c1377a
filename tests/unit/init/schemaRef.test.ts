import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaRefFor } from '../../../src/io/schemaRef.js';
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
    expect(schemaRefFor(join(dir, 'clients', 'acme.yaml'))).toEqual({ ref: '../schemas/client.schema.json', found: true });
    expect(schemaRefFor(join(dir, 'a', 'b', 'x.yaml'))).toEqual({ ref: '../../schemas/client.schema.json', found: true });
    expect(schemaRefFor(join(dir, 'acme.yaml'))).toEqual({ ref: './schemas/client.schema.json', found: true });
  });

  it('else at a locally installed clientfit', () => {
    const dir = tree(['node_modules/clientfit/schemas/client.schema.json']);
    expect(schemaRefFor(join(dir, 'clients', 'acme.yaml'))).toEqual({ ref: '../node_modules/clientfit/schemas/client.schema.json', found: true });
  });

  // Only true if nothing up to / has a schemas/client.schema.json, which holds for a temp folder.
  it('else the file to write: schemas/ in the folder of the nearest .clientfit.yaml', () => {
    const dir = tree(['.clientfit.yaml']);
    expect(schemaRefFor(join(dir, 'clients', 'acme.yaml'))).toEqual({ ref: '../schemas/client.schema.json', found: false, file: join(dir, 'schemas', 'client.schema.json') });
  });

  it('or, with no settings file, schemas/ beside the profile', () => {
    const dir = tree([]);
    expect(schemaRefFor(join(dir, 'clients', 'acme.yaml'))).toEqual({ ref: './schemas/client.schema.json', found: false, file: join(dir, 'clients', 'schemas', 'client.schema.json') });
  });
});
