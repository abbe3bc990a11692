import { formatAnnotations } from './annotations.js';
import { formatCodeQuality } from './codequality.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatSarif } from './sarif.js';
import { formatSummary } from './summary.js';
import { formatText } from './text.js';
import type { Formatter } from './types.js';

export const FORMATS: Record<string, Formatter> = {
  text: formatText,
  json: formatJson,
  sarif: formatSarif,
  codequality: formatCodeQuality,
  junit: formatJunit,
  annotations: formatAnnotations,
  summary: formatSummary,
};

export type { Formatter, ReportInput, FormatOptions } from './types.js';
