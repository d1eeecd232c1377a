import * as z from 'zod';
import { DATE_FORMATS } from '../import/types.js';
import { once } from './common.js';

/**
 * A `--map` file: how to read a CSV export of a tool clientfit does not know. Name the
 * columns; a file with `hours` or `duration` holds time entries, one with `ref` and
 * `amount` invoices.
 */
export const importMapSchema = once(() => {
  const Column = z.string().min(1).meta({ description: 'The header of a column in the CSV file, as written there' });
  return z
    .object({
      columns: z
        .object({
          client: Column.meta({ description: 'The client (matched to a profile by id, name or aliases)' }),
          date: Column.meta({ description: 'The date of the time entry, or the issue date of the invoice' }),
          hours: Column.optional().meta({ description: 'Hours worked, as decimal hours (1.5 or 1,5)' }),
          duration: Column.optional().meta({ description: 'Time worked as H:MM or H:MM:SS (or decimal hours)' }),
          billable: Column.optional().meta({ description: 'Billable or not: yes/no, true/false, 1/0, sí/no' }),
          ref: Column.optional().meta({ description: 'The invoice number' }),
          amount: Column.optional().meta({ description: 'The invoice total; several rows with one ref are summed' }),
          due: Column.optional().meta({ description: 'The due date (default: the date plus the profile payment_terms_days)' }),
          paid: Column.optional().meta({ description: 'The date it was paid, or yes/no when only that is known' }),
          currency: Column.optional().meta({ description: 'Currency code; informative only' }),
        })
        .strict(),
      date_format: z.enum(DATE_FORMATS).optional().meta({ description: 'How the dates are written; needed when day and month cannot be told apart' }),
      decimal: z.enum(['.', ',']).optional().meta({ description: 'The decimal mark of numbers: "." (1,200.50) or "," (1.200,50); default: what the values show' }),
      source: z
        .string()
        .regex(/^[a-z0-9][a-z0-9_-]*$/)
        .optional()
        .meta({ description: 'The name written before ":" in each imported event source (default: map)' }),
    })
    .strict()
    .superRefine((m, ctx) => {
      const c = m.columns;
      const time = c.hours !== undefined || c.duration !== undefined;
      const invoice = c.ref !== undefined || c.amount !== undefined;
      if (time && invoice) ctx.addIssue({ code: 'custom', path: ['columns'], message: 'a map reads either time (hours or duration) or invoices (ref and amount), not both' });
      if (!time && !invoice) ctx.addIssue({ code: 'custom', path: ['columns'], message: 'name an hours or duration column (time), or ref and amount (invoices)' });
      if (invoice && (c.ref === undefined || c.amount === undefined)) ctx.addIssue({ code: 'custom', path: ['columns'], message: 'invoices need both ref and amount' });
    })
    .meta({ title: 'clientfit import map', description: 'How `clientfit import --map` reads a CSV export: which column holds what' });
});

export type ImportMap = z.infer<ReturnType<typeof importMapSchema>>;
