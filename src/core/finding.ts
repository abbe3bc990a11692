/** Severities ordered from most to least serious. */
export const SEVERITIES = ['error', 'warning', 'note'] as const;
export type Severity = (typeof SEVERITIES)[number];

export function severityRank(severity: Severity): number {
  return SEVERITIES.length - SEVERITIES.indexOf(severity);
}

/** 1-based, end-inclusive line and 1-based, end-exclusive column, as SARIF and GitHub annotations expect. */
export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Something a rule can point at: where it is, and a logical path that survives edits (for fingerprints). */
export interface Locatable {
  span: Span;
  path: string;
}

export interface Fix {
  description: string;
  safe: boolean;
  /** Text edits on the file's original text, by character offset. */
  edits: { start: number; end: number; text: string }[];
}

export interface Finding {
  ruleId: string;
  message: string;
  severity: Severity;
  confidence?: 'high' | 'medium' | 'low';
  /** Repository-relative path with forward slashes. */
  path: string;
  span: Span;
  /** Logical node path within the file, e.g. `jobs.build.steps[2].uses` or `stage[1].instr[3]`. */
  nodePath: string;
  docsUrl: string;
  fingerprint: string;
  fix?: Fix;
}

/** A file that was skipped or read with a caveat. Notices never fail a run. */
export interface Notice {
  path: string;
  message: string;
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.path.localeCompare(b.path) ||
    a.span.line - b.span.line ||
    a.span.column - b.span.column ||
    a.ruleId.localeCompare(b.ruleId)
  );
}
