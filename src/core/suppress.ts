import type { Comment } from './domain.js';
import type { Finding } from './finding.js';
import type { SourceFile } from './source.js';

/**
 * Inline suppressions. Our own marker, `# shipshape-ignore[rule-a, rule-b] reason`, applies to findings on its
 * line or on the next code line; `# shipshape-ignore-file[rule-a] reason` to the whole file. Peers' markers are
 * honoured through rules' `equivalents`: `# hadolint ignore=DL3007`, `# hadolint global ignore=DL3007`,
 * `# zizmor: ignore[rule]`, `# pipefort: ignore[rule]`, `# checkov:skip=CKV_X:reason`, `# kics-scan ignore-line`.
 */
export interface Suppression {
  /** Line of the comment. */
  line: number;
  /** Line of the code it applies to (the comment's own line when trailing); 0 for file scope. */
  target: number;
  scope: 'line' | 'file';
  tool: string;
  /** Ids as written. */
  ids: string[];
  /** Our rule ids each written id maps to (empty: unknown id). */
  resolved: Map<string, string[]>;
  used: Set<string>;
}

export type PeerIndex = Map<string, Map<string, string[]>>;

const OWN_MARKER = /shipshape-ignore(-file)?\[([^\]]*)\]/g;
const PEER_MARKERS: { tool: string; pattern: RegExp; file?: boolean }[] = [
  { tool: 'hadolint', pattern: /^hadolint\s+global\s+ignore=([\w,\s-]+)/, file: true },
  { tool: 'hadolint', pattern: /^hadolint\s+ignore=([\w,\s-]+)/ },
  { tool: 'zizmor', pattern: /zizmor:\s*ignore\[([^\]]*)\]/ },
  { tool: 'pipefort', pattern: /pipefort:\s*ignore\[([^\]]*)\]/ },
  { tool: 'checkov', pattern: /checkov:skip=([\w-]+)/ },
];

export function collectSuppressions(
  comments: Comment[],
  file: SourceFile,
  knownRuleIds: ReadonlySet<string>,
  peers: PeerIndex,
): Suppression[] {
  const suppressions: Suppression[] = [];
  for (const comment of comments) {
    const target = comment.trailing ? comment.line : nextCodeLine(file, comment.line);
    for (const match of comment.text.matchAll(OWN_MARKER)) {
      const ids = splitIds(match[2]!);
      const resolved = new Map(ids.map((id) => [id, knownRuleIds.has(id) ? [id] : []]));
      const scope = match[1] ? 'file' : 'line';
      suppressions.push({
        line: comment.line,
        target: scope === 'file' ? 0 : target,
        scope,
        tool: 'shipshape',
        ids,
        resolved,
        used: new Set(),
      });
    }
    for (const marker of PEER_MARKERS) {
      const match = marker.pattern.exec(comment.text);
      if (!match) continue;
      const ids = splitIds(match[1]!);
      const table = peers.get(marker.tool);
      const resolved = new Map(ids.map((id) => [id, table?.get(id) ?? []]));
      const scope = marker.file ? 'file' : 'line';
      suppressions.push({
        line: comment.line,
        target: scope === 'file' ? 0 : target,
        scope,
        tool: marker.tool,
        ids,
        resolved,
        used: new Set(),
      });
      break;
    }
  }
  return suppressions;
}

/** True when a suppression covers the finding; marks the id it used. */
export function isSuppressed(finding: Finding, suppressions: Suppression[]): boolean {
  let suppressed = false;
  for (const suppression of suppressions) {
    if (suppression.scope === 'line') {
      const { line, endLine } = finding.span;
      const onSpan = suppression.line >= line && suppression.line <= endLine;
      if (!onSpan && suppression.target !== line) continue;
    }
    for (const [id, ruleIds] of suppression.resolved) {
      if (ruleIds.includes(finding.ruleId)) {
        suppression.used.add(id);
        suppressed = true;
      }
    }
  }
  return suppressed;
}

function splitIds(list: string): string[] {
  return list
    .split(/[,\s]+/)
    .map((id) => id.trim())
    .filter(Boolean);
}

/** The first line after `line` that is neither blank nor a comment: what an own-line marker applies to. */
function nextCodeLine(file: SourceFile, line: number): number {
  for (let next = line + 1; next <= file.lineCount; next++) {
    const text = file.lineText(next).trim();
    if (text !== '' && !text.startsWith('#')) return next;
  }
  return line + 1;
}
