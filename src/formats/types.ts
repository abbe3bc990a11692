import type { Finding, Notice } from '../core/finding.js';
import type { Registry } from '../core/registry.js';
import type { DomainId } from '../core/rule.js';

export interface ReportInput {
  findings: Finding[];
  notices: Notice[];
  registry: Registry;
  checked: Partial<Record<DomainId, number>>;
}

export interface FormatOptions {
  /** ANSI colour (text format only; on when writing to a TTY). */
  color?: boolean;
  /** How many findings the `summary` format lists one by one (default 50); it counts all of them. */
  maxListed?: number;
}

export type Formatter = (input: ReportInput, options?: FormatOptions) => string;
