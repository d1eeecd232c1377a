import type { LintKind, Rule } from '../types.js';
import { badWindows } from './badWindows.js';
import { bandsOrder } from './bandsOrder.js';
import { commentInValue } from './commentInValue.js';
import { dateOrder } from './dateOrder.js';
import { duplicateCriteria } from './duplicateCriteria.js';
import { duplicateLogs } from './duplicateLogs.js';
import { duplicateRefs } from './duplicateRefs.js';
import { extendsChain } from './extendsChain.js';
import { futureDates } from './futureDates.js';
import { incompleteCriteria } from './incompleteCriteria.js';
import { missingLogs } from './missingLogs.js';
import { missingWording } from './missingWording.js';
import { noCriteria } from './noCriteria.js';
import { numberAsText } from './numberAsText.js';
import { schemaRule } from './schema.js';
import { unknownEventFields } from './unknownEventFields.js';
import { unknownEventType } from './unknownEventType.js';
import { unknownKeys } from './unknownKeys.js';
import { unknownMetric } from './unknownMetric.js';
import { warnEqualsFlag } from './warnEqualsFlag.js';
import { weightNotPositive } from './weightNotPositive.js';

/** Rules for every kind. `numberAsText` runs after `schemaRule` so it can stay quiet where the schema already spoke. */
const COMMON: Rule[] = [schemaRule, unknownKeys, commentInValue, numberAsText];
const EVENTS: Rule[] = [dateOrder, duplicateRefs, unknownEventType, unknownEventFields, futureDates];

/** Which rules run on which kind of file, in order. */
export const RULES: Record<LintKind, Rule[]> = {
  rubric: [
    ...COMMON,
    extendsChain,
    noCriteria,
    duplicateCriteria,
    unknownMetric,
    badWindows,
    incompleteCriteria,
    warnEqualsFlag,
    weightNotPositive,
    bandsOrder,
    missingWording,
  ],
  client: [...COMMON, missingLogs, duplicateLogs, ...EVENTS],
  log: [...COMMON, ...EVENTS],
  settings: COMMON,
  map: COMMON,
};
