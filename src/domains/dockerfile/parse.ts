import { DockerfileParser, Instruction } from 'dockerfile-ast';
import type { Comment, ParseResult, SyntaxProblem } from '../../core/domain.js';
import type { Span } from '../../core/finding.js';
import type { SourceFile } from '../../core/source.js';
import {
  type DockerfileModel,
  type DockerFlag,
  type DockerImageRef,
  type DockerInstruction,
  type DockerStage,
  INSTRUCTION_KEYWORDS,
  type InstructionKeyword,
} from './model.js';
import { readPackageCommands } from './packages.js';
import { commandFromWords, POSIX_SHELLS, splitScript } from './shell.js';

type Range = { start: { line: number; character: number }; end: { line: number; character: number } };

/** The instructions the parser accepts; any other keyword is a syntax problem. */
const KEYWORDS: ReadonlySet<string> = new Set(INSTRUCTION_KEYWORDS);

function isInstructionKeyword(keyword: string): keyword is InstructionKeyword {
  return KEYWORDS.has(keyword);
}
const REAL_DIRECTIVES = new Set(['syntax', 'escape', 'check']);
const JSON_FORM = new Set(['RUN', 'CMD', 'ENTRYPOINT', 'SHELL', 'COPY', 'ADD', 'VOLUME']);

/**
 * dockerfile-ast recomputes an instruction's arguments (a character scan of its text) on every call, and its own
 * methods call each other: reading flags, ranges, raw content, the build stage and heredocs of one instruction
 * scanned its text half a dozen times. A parsed document never changes, so the scan is done once per instruction;
 * callers get a fresh copy of the array (the library itself shifts flags off the one it is given).
 * `ModifiableInstruction.getArguments` is left alone: `getFlags` calls it while the flags are still being collected,
 * so its first answer is not its final one.
 */
/**
 * The `dockerfile-ast` release whose internals the shortcuts below rely on (Instruction.prototype methods).
 * package.json pins exactly this version and test/domains/library-pins.test.ts fails when the installed one differs.
 */
export const VERIFIED_DOCKERFILE_AST_VERSION = '0.7.1';

function memoiseArrays(prototype: object, names: string[]): void {
  const methods = prototype as Record<string, unknown>;
  for (const name of names) {
    const original = methods[name];
    if (typeof original !== 'function' || (original as { memoised?: boolean }).memoised) continue;
    const key = Symbol(name);
    const memoised = function (this: Record<symbol, unknown[] | undefined>): unknown[] {
      let value = this[key];
      if (value === undefined) {
        value = (original as (this: object) => unknown[]).call(this);
        this[key] = value;
      }
      return value.slice();
    };
    memoised.memoised = true;
    methods[name] = memoised;
  }
}
memoiseArrays(Instruction.prototype, ['getRawArguments']);

/** dockerfile-ast positions are 0-based; everything past this module is 1-based. */
function toSpan(range: Range): Span {
  return {
    line: range.start.line + 1,
    column: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

export function parseDockerfile(file: SourceFile): ParseResult<DockerfileModel> {
  const dockerfile = DockerfileParser.parse(file.text);
  const escapeChar = dockerfile.getEscapeCharacter();
  const comments: Comment[] = dockerfile.getComments().map((comment) => {
    const line = comment.getRange().start.line + 1;
    return { line, text: comment.getContent().trim(), trailing: false };
  });
  const directives = new Map<string, string>();
  for (const directive of dockerfile.getDirectives()) {
    const name = directive.getName().toLowerCase();
    if (REAL_DIRECTIVES.has(name)) {
      directives.set(name, directive.getValue());
    } else {
      // `# hadolint ignore=DL3007` on the first line looks like a directive to the parser; it is a comment.
      const line = directive.getRange().start.line + 1;
      comments.push({ line, text: file.lineText(line).replace(/^\s*#/, '').trim(), trailing: false });
    }
  }

  const problems: SyntaxProblem[] = [];
  const nodes = dockerfile.getInstructions();
  const counters = new Map<string, number>();
  const instructions: DockerInstruction[] = [];
  const stages: DockerStage[] = [];
  const globalArgs = new Map<string, string | undefined>();
  const stageIndex = new StageIndex(stages);
  let stage: DockerStage | undefined;

  for (const [index, node] of nodes.entries()) {
    const keyword = node.getKeyword().toUpperCase();
    const span = toSpan(node.getRange());
    if (!isInstructionKeyword(keyword)) {
      problems.push({
        message: `unknown instruction "${node.getInstruction()}"`,
        at: { span, path: `instr[${index}]` },
      });
      continue;
    }
    const scope = stage ? `stage[${stage.name ?? stage.index}]` : 'global';
    const counterKey = `${scope}/${keyword}`;
    const ordinal = counters.get(counterKey) ?? 0;
    counters.set(counterKey, ordinal + 1);
    const instruction = buildInstruction(
      node,
      keyword,
      index,
      escapeChar,
      {
        span,
        path: keyword === 'FROM' ? `stage[${stages.length}]/FROM` : `${scope}/${keyword}[${ordinal}]`,
      },
      problems,
    );

    if (keyword === 'FROM') {
      const nameArg = (node as unknown as { getBuildStage(): string | null }).getBuildStage();
      stage = {
        index: stages.length,
        name: nameArg ? nameArg.toLowerCase() : undefined,
        from: instruction,
        image: resolveImage(node, globalArgs),
        instructions: [],
        isFinal: false,
        dependsOn: new Set(),
        span,
        path: `stage[${stages.length}]`,
      };
      const base = stage.image.stage === undefined ? stageIndex.find(stage.image.resolved.toLowerCase()) : undefined;
      if (base && !stage.image.unresolved && !stage.image.tag && !stage.image.digest) {
        stage.image.stage = base;
        stage.dependsOn.add(base);
      }
      stageIndex.add(stage);
    } else if (!stage) {
      if (keyword === 'ARG') {
        for (const [name, value] of argPairs(instruction.args)) globalArgs.set(name, value);
      } else {
        problems.push({ message: `${keyword} before the first FROM (only ARG may come first)`, at: instruction });
      }
    }
    instruction.stage = stage;
    stage?.instructions.push(instruction);
    instructions.push(instruction);
    if (keyword === 'ONBUILD') {
      const trigger = buildTrigger(node, instruction, escapeChar, problems);
      if (trigger) {
        trigger.stage = stage;
        instruction.trigger = trigger;
      }
    }
  }
  if (stages.length === 0 && instructions.length > 0 && problems.length === 0) {
    problems.push({ message: 'no FROM instruction', at: { span: file.lineSpan(1), path: 'file' } });
  }
  const dangling = danglingContinuation(instructions, escapeChar);
  if (dangling) problems.push(dangling);

  const lastStage = stages[stages.length - 1];
  if (lastStage) lastStage.isFinal = true;
  dropNonPosixCommands(stages);
  for (const each of stages) {
    for (const instruction of each.instructions) {
      const from = instruction.flags.find((flag) => flag.name === 'from')?.value;
      if (from && (instruction.keyword === 'COPY' || instruction.keyword === 'ADD')) {
        const source = stageIndex.find(from.toLowerCase(), each);
        if (source) each.dependsOn.add(source);
      }
    }
  }

  const model: DockerfileModel = {
    file,
    instructions,
    stages,
    globalArgs,
    escapeChar,
    directives,
    span: toSpan,
    findStage: (ref, before) => stageIndex.find(ref.toLowerCase(), before),
  };
  // Every problem above leaves a usable model (a stray keyword is skipped, an instruction before FROM has no stage):
  // the engine reports them and still runs the rules, as the builder's own checks do not stop at the first one.
  return problems.length > 0 ? { ok: true, model, comments, problems } : { ok: true, model, comments };
}

const NON_POSIX_SHELLS = /^(?:.*[\\/])?(?:powershell|pwsh|cmd)(?:\.exe)?$/i;

/**
 * Shell-form RUNs under `SHELL ["powershell", …]` or `["cmd", "/S", "/C"]` (inherited through FROM) are not POSIX
 * shell: they get no `commands`, rather than a wrong reading of them.
 */
function dropNonPosixCommands(stages: DockerStage[]): void {
  const shellAtEnd = new Map<DockerStage, string | undefined>();
  for (const stage of stages) {
    let shell = stage.image.stage ? shellAtEnd.get(stage.image.stage) : undefined;
    for (const instruction of stage.instructions) {
      if (instruction.keyword === 'SHELL' && instruction.json) shell = instruction.json[0];
      const run = instruction.trigger ?? instruction;
      if (run.keyword === 'RUN' && !run.json && shell !== undefined && NON_POSIX_SHELLS.test(shell)) {
        run.commands = [];
        run.packages = [];
      }
    }
    shellAtEnd.set(stage, shell);
  }
}

/**
 * Stages by number and by (first) name. A lookup per FROM and per `COPY --from` must not scan the stages before it:
 * a file of thousands of stages would cost the square of their number.
 */
class StageIndex {
  private readonly byName = new Map<string, DockerStage>();

  constructor(private readonly stages: DockerStage[]) {}

  add(stage: DockerStage): void {
    this.stages.push(stage);
    if (stage.name !== undefined && !this.byName.has(stage.name)) this.byName.set(stage.name, stage);
  }

  /** The stage numbered or named `ref` (lower-cased), only among those defined before `before` when given. */
  find(ref: string, before?: DockerStage): DockerStage | undefined {
    const found = /^\d+$/.test(ref) ? this.stages[Number(ref)] : this.byName.get(ref);
    return found && (before === undefined || found.index < before.index) ? found : undefined;
  }
}

/** Instructions an ONBUILD cannot hold: the builder refuses them when the trigger runs. */
const NOT_TRIGGERS = new Set(['ONBUILD', 'FROM', 'MAINTAINER']);

/**
 * The instruction an `ONBUILD` holds, read as an instruction of its own (spans on the ONBUILD line), so every rule
 * checks `ONBUILD RUN apt-get install foo` as it checks `RUN apt-get install foo`. Undefined for a trigger the
 * builder refuses (docker/onbuild-trigger reports those) or an unknown keyword.
 */
function buildTrigger(
  node: Instruction,
  onbuild: DockerInstruction,
  escapeChar: string,
  problems: SyntaxProblem[],
): DockerInstruction | undefined {
  const triggerNode = (
    node as unknown as { getTriggerInstruction?: () => Instruction | null }
  ).getTriggerInstruction?.();
  if (!triggerNode) return undefined;
  const keyword = triggerNode.getKeyword().toUpperCase();
  if (!isInstructionKeyword(keyword) || NOT_TRIGGERS.has(keyword)) return undefined;
  const path = `${onbuild.path}/${keyword}`;
  const trigger = buildInstruction(
    triggerNode,
    keyword,
    onbuild.index,
    escapeChar,
    { span: toSpan(triggerNode.getRange()), path },
    problems,
  );
  trigger.onbuild = onbuild;
  return trigger;
}

/** BuildKit refuses a here-document whose closing line never comes ("unterminated heredoc"). */
function unterminatedHeredoc(heredoc: HeredocNode, path: string): SyntaxProblem {
  const name = heredoc.getName();
  return {
    message: `here-document <<${name} is never closed: no line "${name}" follows before the end of the file`,
    at: { span: toSpan(heredoc.getStartRange()), path },
  };
}

/**
 * An escape character at the end of the last instruction continues it into nothing: whatever was meant to follow is
 * missing, and the builder runs the instruction cut short.
 */
function danglingContinuation(instructions: DockerInstruction[], escapeChar: string): SyntaxProblem | undefined {
  const last = instructions[instructions.length - 1];
  if (!last || last.heredocs.length > 0) return undefined;
  const lines = last.node.getTextContent().split('\n');
  // Comment and blank lines inside a continuation are dropped by the builder: the escape may sit before them.
  let at = lines.length - 1;
  while (at > 0 && /^\s*(?:#.*)?$/.test(lines[at]!.replace(/\r$/, ''))) at--;
  const text = lines[at]!.replace(/\r$/, '');
  if (!continuationPattern(escapeChar).test(text)) return undefined;
  const line = last.node.getRange().start.line + at + 1;
  const column = text.trimEnd().length;
  return {
    message: `the last instruction ends with the line continuation "${escapeChar}": the line it continues into is missing`,
    at: { span: { line, column, endLine: line, endColumn: column + 1 }, path: last.path },
  };
}

interface HeredocNode {
  getName(): string;
  getStartRange(): Range;
  getContentRange(): Range | null;
  getDelimiterRange(): Range | null;
}

function heredocNodes(node: Instruction): HeredocNode[] {
  return (node as unknown as { getHeredocs?: () => HeredocNode[] }).getHeredocs?.() ?? [];
}

function buildInstruction(
  node: Instruction,
  keyword: InstructionKeyword,
  index: number,
  escapeChar: string,
  at: { span: Span; path: string },
  problems: SyntaxProblem[],
): DockerInstruction {
  const withFlags = node as unknown as {
    getFlags?: () => { getName(): string; getValue(): string | null; getRange(): Range }[];
  };
  const flags: DockerFlag[] = (withFlags.getFlags?.() ?? []).map((flag) => ({
    name: flag.getName(),
    value: flag.getValue(),
    span: toSpan(flag.getRange()),
  }));
  // What getRawArgumentsContent() returns, from arguments already read.
  const nodeArgs = node.getArguments();
  const firstArg = nodeArgs[0];
  const lastArg = nodeArgs[nodeArgs.length - 1];
  const argsRange = firstArg && lastArg ? { start: firstArg.getRange().start, end: lastArg.getRange().end } : undefined;
  const raw = argsRange ? (rangeContent(node, argsRange) ?? '') : '';
  const args = stripFlags(joinContinuations(raw, escapeChar), flags.length);
  // getArgumentsRanges() answers with that very range when the arguments sit on one line; only continued lines
  // need its scan.
  const argsSpan =
    argsRange && argsRange.start.line === argsRange.end.line ? toSpan(argsRange) : spanOfArgumentRanges(node);

  let json: string[] | undefined;
  if (JSON_FORM.has(keyword) && args.trimStart().startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(args);
      if (Array.isArray(parsed) && parsed.every((item) => typeof item === 'string')) json = parsed;
    } catch {
      json = undefined;
    }
  }
  // A heredoc starts with an argument `<<NAME`: without one, the library's scan of the instruction finds none.
  const mayHaveHeredocs = nodeArgs.some((arg) => arg.getValue().startsWith('<<'));
  const heredocs = (mayHaveHeredocs ? heredocNodes(node) : []).map((heredoc) => {
    const range = heredoc.getContentRange();
    const content = range ? textOfRange(node, range) : '';
    if (heredoc.getDelimiterRange() === null) problems.push(unterminatedHeredoc(heredoc, at.path));
    return { name: heredoc.getName(), content };
  });
  let commands: DockerInstruction['commands'] = [];
  if (keyword === 'RUN' && !json) {
    commands = splitScript(heredocs.length > 0 ? heredocScript(args, heredocs) : args);
  } else if (keyword === 'RUN' && json && json.length > 0) {
    commands = execFormCommands(json);
  }
  const packages = commands.length > 0 ? readPackageCommands(commands) : [];
  return { keyword, index, stage: undefined, args, argsSpan, flags, json, heredocs, commands, packages, node, ...at };
}

/**
 * The shell script a heredoc RUN runs. `RUN <<EOF` (or `RUN bash <<EOF`) runs the body, unless a shebang names another
 * interpreter; in `RUN cat <<EOF > /etc/app.conf` the body is data and only the first line is shell.
 */
function heredocScript(args: string, heredocs: { content: string }[]): string {
  const head = (args.split('\n')[0] ?? '').replace(/<<-?\s*(["']?)[A-Za-z_][\w.-]*\1/g, '').trim();
  const [program = '', ...options] = head.split(/\s+/).filter(Boolean);
  if (head !== '' && !(POSIX_SHELLS.test(program) && options.every((option) => option.startsWith('-')))) return head;
  const body = heredocs.map((heredoc) => heredoc.content).join('\n');
  const shebang = /^#!\s*(\S+)(?:\s+(\S+))?/.exec(body);
  const interpreter = shebang && (shebang[1]!.endsWith('/env') ? (shebang[2] ?? '') : shebang[1]!);
  return interpreter && !POSIX_SHELLS.test(interpreter) ? '' : body;
}

/** `["/bin/sh", "-c", "a && b"]` runs a script; any other exec form runs one program. */
function execFormCommands(json: string[]): DockerInstruction['commands'] {
  const scriptAt = json.indexOf('-c');
  if (POSIX_SHELLS.test(json[0]!) && scriptAt > 0 && json[scriptAt + 1] !== undefined)
    return splitScript(json[scriptAt + 1]!);
  return [commandFromWords(json)];
}

function spanOfArgumentRanges(node: Instruction): Span {
  const ranges = node.getArgumentsRanges();
  const first = ranges[0];
  const last = ranges[ranges.length - 1];
  return first && last ? toSpan({ start: first.start, end: last.end }) : toSpan(node.getInstructionRange());
}

function rangeContent(node: Instruction, range: Range): string | null {
  return (node as unknown as { getRangeContent(range: Range): string | null }).getRangeContent(range);
}

/** The text a range covers, read back from the instruction's own text. */
function textOfRange(node: Instruction, range: Range): string {
  const start = node.getRange().start;
  const lines = node.getTextContent().split('\n');
  const out: string[] = [];
  for (let line = range.start.line; line <= range.end.line; line++) {
    const text = (lines[line - start.line] ?? '').replace(/\r$/, '');
    const from = line === range.start.line ? range.start.character - (line === start.line ? start.character : 0) : 0;
    const to =
      line === range.end.line ? range.end.character - (line === start.line ? start.character : 0) : text.length;
    out.push(text.slice(Math.max(0, from), Math.max(0, to)));
  }
  return out.join('\n');
}

/** Joins escaped line continuations and drops comment lines inside them, as the builder does. */
export function joinContinuations(raw: string, escapeChar: string): string {
  // One line: nothing to join and no comment line to drop.
  if (!raw.includes('\n')) return raw.trim();
  const lines = raw.split(/\r?\n/);
  const out: string[] = [];
  for (const [i, line] of lines.entries()) {
    if (i > 0 && /^\s*#/.test(line)) continue;
    out.push(line);
  }
  const continuation = continuationPattern(escapeChar);
  let joined = '';
  for (const [i, line] of out.entries()) {
    if (continuation.test(line) && i < out.length - 1) joined += line.replace(continuation, ' ');
    else joined += line + (i < out.length - 1 ? '\n' : '');
  }
  return joined.trim();
}

const CONTINUATIONS = new Map<string, RegExp>();

/** `\\[ \t]*$` for the escape character in use (compiled once per character, not per instruction). */
function continuationPattern(escapeChar: string): RegExp {
  let pattern = CONTINUATIONS.get(escapeChar);
  if (!pattern) {
    pattern = new RegExp(`${escapeRegExp(escapeChar)}[ \\t]*$`);
    CONTINUATIONS.set(escapeChar, pattern);
  }
  return pattern;
}

function stripFlags(args: string, count: number): string {
  let rest = args;
  for (let i = 0; i < count; i++) rest = rest.replace(/^\s*--\S+/, '');
  return rest.trim();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `A=1 B="two words" C` → [[A, 1], [B, two words], [C, undefined]]. */
export function argPairs(args: string): [string, string | undefined][] {
  const pairs: [string, string | undefined][] = [];
  const pattern = /([^\s=]+)(?:=("(?:[^"\\]|\\.)*"|'[^']*'|\S*))?/g;
  for (const match of args.matchAll(pattern)) {
    const value = match[2];
    pairs.push([match[1]!, value === undefined ? undefined : unquote(value)]);
  }
  return pairs;
}

export function unquote(value: string): string {
  if (
    value.length >= 2 &&
    ((value.startsWith('"') && value.endsWith('"')) || (value.startsWith("'") && value.endsWith("'")))
  ) {
    return value.slice(1, -1);
  }
  return value;
}

function resolveImage(node: Instruction, globalArgs: Map<string, string | undefined>): DockerImageRef {
  const raw = node.getArguments()[0]?.getValue() ?? '';
  let unresolved = false;
  const resolved = raw.replace(
    /\$\{?([A-Za-z_][A-Za-z0-9_]*)(?::?[-+]([^}]*))?\}?/g,
    (whole, name: string, fallback?: string) => {
      const value = globalArgs.get(name);
      if (value !== undefined && value !== '') return value;
      if (fallback !== undefined && whole.includes(':-')) return fallback;
      unresolved = true;
      return whole;
    },
  );
  return { raw, resolved, unresolved, ...splitImage(resolved), stage: undefined };
}

/** Splits `registry/repo:tag@digest` following the distribution reference grammar. */
export function splitImage(
  reference: string,
): Pick<DockerImageRef, 'registry' | 'repository' | 'tag' | 'digest' | 'isScratch'> {
  let rest = reference;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at !== -1) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let registry: string | undefined;
  const slash = rest.indexOf('/');
  if (slash !== -1) {
    const first = rest.slice(0, slash);
    if (first.includes('.') || first.includes(':') || first === 'localhost') {
      registry = first;
      rest = rest.slice(slash + 1);
    }
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon !== -1) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  return { registry, repository: rest, tag, digest, isScratch: rest.toLowerCase() === 'scratch' && !registry };
}
