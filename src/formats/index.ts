import { formatJson } from './json.js';
import { formatText } from './text.js';
import type { Formatter } from './types.js';

export const FORMATS: Record<string, Formatter> = {
  text: formatText,
  json: formatJson,
};

export type { Formatter, ReportInput, FormatOptions } from './types.js';
