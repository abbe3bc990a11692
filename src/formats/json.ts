import { TOOL_NAME, VERSION } from '../version.js';
import type { Formatter } from './types.js';

/** Bumped when the shape changes incompatibly. */
export const JSON_FORMAT_VERSION = 1;

export const formatJson: Formatter = ({ findings, notices, checked }) =>
  `${JSON.stringify(
    {
      version: JSON_FORMAT_VERSION,
      tool: { name: TOOL_NAME, version: VERSION },
      checked,
      findings: findings.map((f) => ({
        ruleId: f.ruleId,
        severity: f.severity,
        message: f.message,
        path: f.path,
        line: f.span.line,
        column: f.span.column,
        endLine: f.span.endLine,
        endColumn: f.span.endColumn,
        fingerprint: f.fingerprint,
        docsUrl: f.docsUrl,
      })),
      notices,
    },
    null,
    2,
  )}\n`;
