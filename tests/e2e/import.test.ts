import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { ROOT, hasStackTrace, runCli, snapshot, tempDir } from './harness.js';

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'import');

/** A temp folder with client profiles (name → file id) and the fixtures asked for. */
function workspace(profiles: Record<string, string>, fixtures: string[] = []) {
  const dir = tempDir();
  for (const [id, body] of Object.entries(profiles)) writeFileSync(join(dir, `${id}.yaml`), body);
  for (const f of fixtures) copyFileSync(join(FIXTURES, f), join(dir, f));
  const run = (...args: string[]) => runCli(args, { cwd: dir });
  const read = (f: string) => readFileSync(join(dir, f), 'utf8');
  return { dir, run, read };
}

const profile = (name: string, extra = '') => `name: ${JSON.stringify(name)}\ncontract: {rate: 50, currency: EUR, payment_terms_days: 14}\n${extra}`;

const json = (stdout: string) => JSON.parse(stdout) as { schema: string; clients: { id: string; added: number; updated: number; unchanged: number; hours: number; invoiced: number }[]; unmatched: unknown[]; ambiguous: unknown[] };

describe('clientfit import: every tool\'s export', () => {
  const cases: [string, string, string[], Record<string, string>, string[]][] = [
    ['toggl', 'toggl_detailed.csv', [], { big: 'Big Company S.L.' }, ['hours: 1, billable: true, source: "toggl:2024-03-04/billable"', 'hours: 2.75, billable: true, source: "toggl:2024-03-05/billable"']],
    ['clockify', 'clockify_detailed_extended.csv', [], { big: 'Real World Client' }, ['date: 2024-10-15, type: work, hours: 0.5, billable: true', 'date: 2024-10-16, type: work, hours: 1.25, billable: false']],
    ['clockify with --date-format', 'clockify_detailed_us.csv', ['--date-format', 'MM/DD/YYYY'], { big: 'Big Company' }, ['date: 2024-03-05, type: work, hours: 2.25']],
    ['harvest time', 'harvest_time_eu.csv', [], { big: 'Big Company' }, ['date: 2024-03-04, type: work, hours: 0.01', 'date: 2024-03-05, type: work, hours: 1.5']],
    ['kimai', 'kimai_2_27plus.csv', [], { big: 'Big Company' }, ['hours: 1.5, billable: true', 'hours: 0.25, billable: false']],
    ['solidtime', 'solidtime_report.csv', [], { big: 'Big Company' }, ['date: 2024-03-04, type: work, hours: 1, billable: true']],
    ['harvest invoices', 'harvest_invoices.csv', [], { big: 'Atlanta Music Project' }, ['ref: AMP.11.105, amount: 425, due: 2011-08-15, paid: 2011-08-01', 'ref: AMP.11.106, amount: 425, due: 2011-09-15, source']],
    ['invoice ninja', 'invoiceninja_invoices.csv', [], { big: 'Acme GmbH' }, ['ref: "0001", amount: 1190, due: 2024-03-31, paid: true', 'ref: "0002", amount: 595, due: 2024-05-01, source']],
    ['freshbooks', 'freshbooks_invoice_details.csv', [], { big: 'X-Men' }, ['ref: "0000001", amount: 7890, due: 2021-02-11, source: "freshbooks:0000001"']],
    ['xero', 'xero_sales_invoices_assumed.csv', [], { big: 'Harbour Cafe Ltd' }, ['date: 2024-03-24, type: invoice, ref: INV-1014, amount: 1495, due: 2024-04-23, paid: true', 'ref: INV-1015, amount: 862.5, due: 2024-04-29']],
    ['wave', 'wave_accounting.csv', [], { big: 'Lucas Cage' }, ['ref: "3", amount: 590.5, due: 2021-02-11, paid: 2021-01-28, source: "wave:3"']],
  ];
  it.each(cases)('%s: %s imports to the events it holds, and a second import changes no byte', async (_tool, file, flags, names, lines) => {
    const { dir, run, read } = workspace(Object.fromEntries(Object.entries(names).map(([id, n]) => [id, profile(n)])), [file]);
    const r = await run('import', file, ...flags);
    expect(hasStackTrace(r.stderr)).toBe(false);
    expect([0, 1]).toContain(r.code);
    const log = read('big.log.yaml');
    for (const l of lines) expect(log).toContain(l);
    expect(read('big.yaml')).toBe(`${profile(Object.values(names)[0]!)}logs: [big.log.yaml]\n`);
    const snap = snapshot(dir);
    const again = await run('import', file, ...flags, '--format', 'json');
    expect(snapshot(dir)).toEqual(snap);
    const out = json(again.stdout);
    expect(out.schema).toBe('clientfit/import@1');
    expect(out.clients[0]).toMatchObject({ id: 'big', added: 0, updated: 0 });
  });
});

describe('clientfit import: real files', () => {
  const spanish = 'Fecha;Cliente;Horas;Facturable\r\n13/04/2026;"Ñandú Estudio, S.L.";1,5\r\n14/04/2026;Ñandú Estudio;"1.200,25";no\r\n';
  const map = 'columns: {client: Cliente, date: Fecha, hours: Horas, billable: Facturable}\nsource: hojas\n';

  it('a Windows-1252, ;-separated, decimal-comma Spanish export through --map', async () => {
    const { dir, run, read } = workspace({ nandu: profile('Ñandú Estudio SL') });
    writeFileSync(join(dir, 'horas.csv'), iconv.encode(spanish, 'windows-1252'));
    writeFileSync(join(dir, 'horas.map.yaml'), map);
    const r = await run('import', 'horas.csv', '--map', 'horas.map.yaml', '--lang', 'es');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2 añadidos, 0 actualizados, 0 sin cambios');
    expect(read('nandu.log.yaml')).toBe(
      'events:\n  - {date: 2026-04-13, type: work, hours: 1.5, source: "hojas:2026-04-13/hours"}\n  - {date: 2026-04-14, type: work, hours: 1200.25, billable: false, source: "hojas:2026-04-14/non-billable"}\n',
    );
  });

  it('UTF-8 with a BOM and UTF-16 LE with a BOM, tab-separated, read the same', async () => {
    const { dir, run, read } = workspace({ nandu: profile('Ñandú Estudio SL') });
    writeFileSync(join(dir, 'horas.map.yaml'), map);
    writeFileSync(join(dir, 'a.csv'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(spanish)]));
    expect((await run('import', 'a.csv', '--map', 'horas.map.yaml')).code).toBe(0);
    const first = read('nandu.log.yaml');
    writeFileSync(join(dir, 'b.csv'), Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(spanish.replaceAll(';', '\t'), 'utf-16le')]));
    const r = await run('import', 'b.csv', '--map', 'horas.map.yaml', '--format', 'json');
    expect(r.code).toBe(0);
    expect(json(r.stdout).clients[0]).toMatchObject({ added: 0, unchanged: 2, hours: 1201.75 });
    expect(read('nandu.log.yaml')).toBe(first);
  });

  it('an ambiguous date is exit 2 asking for --date-format, and nothing is written', async () => {
    const { dir, run } = workspace({ nandu: profile('Ñandú Estudio') });
    writeFileSync(join(dir, 'h.csv'), 'Fecha,Cliente,Horas\n03/04/2026,Ñandú Estudio,2\n');
    writeFileSync(join(dir, 'm.yaml'), 'columns: {client: Cliente, date: Fecha, hours: Horas}\n');
    const snap = snapshot(dir);
    const r = await run('import', 'h.csv', '--map', 'm.yaml');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('h.csv:2:1');
    expect(r.stderr).toContain('--date-format DD/MM/YYYY');
    expect(snapshot(dir)).toEqual(snap);
    expect((await run('import', 'h.csv', '--map', 'm.yaml', '--date-format', 'DD/MM/YYYY')).code).toBe(0);
  });

  it('an invoice row without its number is exit 2 at file:line, in English and Spanish, and nothing is written', async () => {
    const { dir, run } = workspace({ acme: profile('Acme GmbH') }, ['harvest_invoices.csv']);
    // The fixture's last invoice (line 6, Acme GmbH, ID 1042) with its ID cell emptied.
    writeFileSync(join(dir, 'no-ref.csv'), readFileSync(join(FIXTURES, 'harvest_invoices.csv'), 'utf8').replace(',1042,', ',,'));
    const snap = snapshot(dir);
    const r = await run('import', 'no-ref.csv');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'no-ref.csv:6:1: error: this invoice has no number: its ID cell is empty\n' +
        "  expected: the invoice's number in ID: every invoice needs its ref, by which later imports and clientfit paid find it; nothing was written\n",
    );
    const es = await run('import', 'no-ref.csv', '--lang', 'es');
    expect(es.code).toBe(2);
    expect(es.stderr).toContain('no-ref.csv:6:1: error: esta factura no tiene número: su celda ID está vacía\n');
    expect(snapshot(dir)).toEqual(snap);
    // The same through --map: the message names the map's column.
    writeFileSync(join(dir, 'f.csv'), 'Cliente,Fecha,Número,Total\nAcme GmbH,2026-04-13,F-1,100\nAcme GmbH,2026-04-14,,200\n');
    writeFileSync(join(dir, 'f.map.yaml'), 'columns: {client: Cliente, date: Fecha, ref: Número, amount: Total}\n');
    const mapped = await run('import', 'f.csv', '--map', 'f.map.yaml');
    expect(mapped.code).toBe(2);
    expect(mapped.stderr).toContain('f.csv:3:1: error: this invoice has no number: its Número cell is empty');
    expect(readFileSync(join(dir, 'acme.yaml'), 'utf8')).toBe(profile('Acme GmbH'));
  });
});

describe('clientfit import: matching and writing', () => {
  it('unmatched and ambiguous rows are listed with file:line, skipped, exit 1', async () => {
    const { run, read } = workspace({ acme: profile('Acme Corp'), acmegmbh: profile('Acme GmbH', 'aliases: [Atlanta Music Project]\n'), other: profile('Other', 'aliases: [Atlanta Music Project]\n') }, ['harvest_invoices.csv']);
    const r = await run('import', 'harvest_invoices.csv', '--format', 'json');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.unmatched).toEqual([]);
    expect(out.ambiguous).toEqual([
      { file: 'harvest_invoices.csv', line: 2, client: 'Atlanta Music Project', matches: ['acmegmbh', 'other'] },
      { file: 'harvest_invoices.csv', line: 4, client: 'Atlanta Music Project', matches: ['acmegmbh', 'other'] },
      { file: 'harvest_invoices.csv', line: 6, client: 'Acme GmbH', matches: ['acme', 'acmegmbh'] },
    ]);
    expect(() => read('acme.log.yaml')).toThrow();
    const text = await run('import', 'harvest_invoices.csv');
    expect(text.stdout).toContain('harvest_invoices.csv:6  Acme GmbH: acme, acmegmbh');
  });

  it('--dry-run prints the summary and leaves every byte', async () => {
    const { dir, run } = workspace({ big: profile('Big Company') }, ['toggl_detailed.csv']);
    const snap = snapshot(dir);
    const r = await run('import', 'toggl_detailed.csv', '--dry-run');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('2 added');
    expect(r.stdout).toContain('Dry run: nothing was written.');
    expect(r.stdout).toContain('toggl_detailed.csv:2  (no client)');
    expect(snapshot(dir)).toEqual(snap);
  });

  it('events go to the first log, and a later export records the payment on the invoice', async () => {
    const { dir, run, read } = workspace({ amp: profile('Atlanta Music Project', 'logs: [amp.log.yaml]\n') });
    writeFileSync(join(dir, 'amp.log.yaml'), '# invoices\nevents:\n  - {date: 2011-07-01, type: praise}\n');
    const head = 'Issue Date,Last Payment Date,ID,PO Number,Client,Subject,Invoice Amount,Paid Amount,Balance,Subtotal,Discount,Tax,Tax2,Currency,Currency Symbol,Document Type,Client Address\n';
    writeFileSync(join(dir, 'v1.csv'), `${head}2011-09-01,,AMP.11.106,,Atlanta Music Project,Sept,425,0,425,425,0,0,0,United States Dollar - USD,$,Standard Invoice,\n`);
    writeFileSync(join(dir, 'v2.csv'), `${head}2011-09-01,2011-10-20,AMP.11.106,,Atlanta Music Project,Sept,425,425,0,425,0,0,0,United States Dollar - USD,$,Standard Invoice,\n`);
    expect((await run('import', 'v1.csv')).code).toBe(0);
    expect(read('amp.log.yaml')).toBe('# invoices\nevents:\n  - {date: 2011-07-01, type: praise}\n  - {date: 2011-09-01, type: invoice, ref: AMP.11.106, amount: 425, due: 2011-09-15, source: "harvest:AMP.11.106"}\n');
    const r = await run('import', 'v2.csv', '--format', 'json');
    expect(json(r.stdout).clients[0]).toMatchObject({ added: 0, updated: 1 });
    expect(read('amp.log.yaml')).toBe(
      '# invoices\nevents:\n  - {date: 2011-07-01, type: praise}\n  - {date: 2011-09-01, type: invoice, ref: AMP.11.106, amount: 425, due: 2011-09-15, source: "harvest:AMP.11.106", paid: 2011-10-20}\n',
    );
  });

  it('a score before and after import changes as the imported events say', async () => {
    const { run } = workspace({ harbour: profile('Harbour Cafe') }, ['xero_sales_invoices_assumed.csv', 'toggl_detailed.csv']);
    const score = async () => JSON.parse((await run('score', 'harbour.yaml', '--as-of', '2024-06-30', '--format', 'json')).stdout).value;
    const before = await score();
    expect(before.revenue).toBe(0);
    await run('import', 'xero_sales_invoices_assumed.csv');
    const after = await score();
    expect(after.revenue).toBe(1495 + 862.5);
  });

  it('a --map file is checked by lint and described by schema map', async () => {
    const { dir, run } = workspace({});
    writeFileSync(join(dir, 'ok.yaml'), 'columns: {client: Cliente, date: Fecha, hours: Horas}\ndate_format: DD/MM/YYYY\n');
    writeFileSync(join(dir, 'bad.yaml'), 'columns: {client: Cliente, date: Fecha, horas: Horas}\n');
    expect((await run('lint', 'ok.yaml')).code).toBe(0);
    expect((await run('lint', 'bad.yaml')).code).toBe(1);
    const schema = JSON.parse((await run('schema', 'map')).stdout);
    expect(schema.title).toBe('clientfit import map');
  });
});
