import * as z from 'zod';
import { DATE_FORMATS } from '../import/types.js';
import { once } from './common.js';

/** The header of a column in the CSV file, as written there. */
const column = () => z.string().min(1);

/**
 * A `--map` file: how to read a CSV export of a tool clientfit does not know. Name the
 * columns; a file with `hours` or `duration` holds time entries, one with `ref` and
 * `amount` invoices.
 */
export const importMapSchema = once(() => {
  const Column = column();
  return z
    .object({
      columns: z
        .object({
          client: Column,
          date: Column,
          hours: Column.optional(),
          duration: Column.optional(),
          billable: Column.optional(),
          ref: Column.optional(),
          amount: Column.optional(),
          due: Column.optional(),
          paid: Column.optional(),
          currency: Column.optional(),
        })
        .strict(),
      date_format: z.enum(DATE_FORMATS).optional(),
      decimal: z.enum(['.', ',']).optional(),
      source: z
        .string()
        .regex(/^[a-z0-9][a-z0-9_-]*$/)
        .optional(),
    })
    .strict()
    .superRefine((m, ctx) => {
      const c = m.columns;
      const time = c.hours !== undefined || c.duration !== undefined;
      const invoice = c.ref !== undefined || c.amount !== undefined;
      if (time && invoice) ctx.addIssue({ code: 'custom', path: ['columns'], message: 'a map reads either time (hours or duration) or invoices (ref and amount), not both' });
      if (!time && !invoice) ctx.addIssue({ code: 'custom', path: ['columns'], message: 'name an hours or duration column (time), or ref and amount (invoices)' });
      if (invoice && (c.ref === undefined || c.amount === undefined)) ctx.addIssue({ code: 'custom', path: ['columns'], message: 'invoices need both ref and amount' });
    });
});

export type ImportMap = z.infer<ReturnType<typeof importMapSchema>>;
