import type { ImportMap } from '../../schema/importMap.js';
import { parseBillable } from '../values.js';
import type { FormatSpec } from '../types.js';

/** A `--map` file as a format: the columns it names, the date layout it states. */
export function mapFormat(map: ImportMap): FormatSpec {
  const c = map.columns;
  const time = c.hours !== undefined || c.duration !== undefined;
  const signature = Object.values(c).filter((v): v is string => typeof v === 'string');
  return {
    tool: 'map',
    kind: time ? 'time' : 'invoice',
    signature,
    dateFormat: map.date_format,
    refColumn: c.ref,
    read: (row, place) => {
      if (time) {
        return {
          kind: 'time',
          ...place,
          client: row(c.client),
          date: row(c.date),
          duration: (c.hours && row(c.hours)) || (c.duration ? row(c.duration) : ''),
          billable: c.billable ? parseBillable(row(c.billable)) : null,
        };
      }
      const paidCell = c.paid ? row(c.paid).trim() : '';
      const yesNo = parseBillable(paidCell);
      return {
        kind: 'invoice',
        ...place,
        client: row(c.client),
        ref: row(c.ref!),
        date: row(c.date),
        due: c.due ? row(c.due) || undefined : undefined,
        lineAmount: row(c.amount!),
        paidOn: paidCell && yesNo === null ? paidCell : undefined,
        paid: yesNo === true,
      };
    },
  };
}
