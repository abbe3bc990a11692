import type { Instruction } from 'dockerfile-ast';
import type { Locatable, Span } from '../../core/finding.js';
import type { SourceFile } from '../../core/source.js';
import type { PackageCommand } from './packages.js';
import type { ShellCommand } from './shell.js';

export interface DockerFlag {
  name: string;
  value: string | null;
  span: Span;
}

/** The instructions of a Dockerfile: the parser accepts these, and the walk emits one hook per keyword. */
export const INSTRUCTION_KEYWORDS = [
  'ADD',
  'ARG',
  'CMD',
  'COPY',
  'ENTRYPOINT',
  'ENV',
  'EXPOSE',
  'FROM',
  'HEALTHCHECK',
  'LABEL',
  'MAINTAINER',
  'ONBUILD',
  'RUN',
  'SHELL',
  'STOPSIGNAL',
  'USER',
  'VOLUME',
  'WORKDIR',
] as const;
export type InstructionKeyword = (typeof INSTRUCTION_KEYWORDS)[number];

export interface DockerInstruction extends Locatable {
  /** Upper-case keyword (`RUN`, `FROM`, …). */
  keyword: InstructionKeyword;
  /** Position in the file among all instructions, 0-based. */
  index: number;
  /** The stage this instruction belongs to; undefined for ARGs before the first FROM. */
  stage: DockerStage | undefined;
  /** Arguments after flags, continuations joined and embedded comment lines dropped. */
  args: string;
  /** Span of the arguments (or of the keyword when there are none). */
  argsSpan: Span;
  flags: DockerFlag[];
  /** JSON (exec) form, for RUN/CMD/ENTRYPOINT/SHELL/COPY/ADD/VOLUME. */
  json: string[] | undefined;
  /** Heredoc bodies (`RUN <<EOF`). */
  heredocs: { name: string; content: string }[];
  /**
   * For RUN: the commands it runs, split on `&&`, `||`, `;`, `|` and new lines (shell form, heredocs, and exec forms
   * that call a shell with `-c`); any other exec form is one command. Empty under a PowerShell or cmd `SHELL`, and for
   * heredocs that are data (`cat <<EOF > file`) or another interpreter's script.
   */
  commands: ShellCommand[];
  /** For RUN: its package-manager commands (`apt-get install`, `pip3 install`, `go install`, …), read once. */
  packages: PackageCommand[];
  /**
   * On an `ONBUILD`: the instruction it holds, read like any other (its `onbuild` names this ONBUILD). It is not in
   * `instructions` nor in its stage's instructions (it runs in the builds that use this image as their base), but the
   * walk emits it right after the ONBUILD, so rules check it where it is written.
   */
  trigger?: DockerInstruction;
  /** On an ONBUILD trigger: the ONBUILD that holds it. */
  onbuild?: DockerInstruction;
  /** The underlying dockerfile-ast node, for details the model does not carry. Its positions are 0-based. */
  node: Instruction;
}

export interface DockerImageRef {
  /** As written, e.g. `${BASE}` or `node:20-alpine`. */
  raw: string;
  /** With build arguments replaced by their defaults where known. */
  resolved: string;
  /** True when a build argument without a default is left in `resolved`. */
  unresolved: boolean;
  registry: string | undefined;
  /** Repository path without registry, tag or digest (`library/node` is written `node`). */
  repository: string;
  tag: string | undefined;
  digest: string | undefined;
  isScratch: boolean;
  /** The earlier stage this FROM builds on, when it names one. */
  stage: DockerStage | undefined;
}

export interface DockerStage extends Locatable {
  index: number;
  /** Lower-cased `AS` name. */
  name: string | undefined;
  from: DockerInstruction;
  image: DockerImageRef;
  instructions: DockerInstruction[];
  /** The last stage: what `docker build` ships by default. */
  isFinal: boolean;
  /** Stages this one copies from or builds on. */
  dependsOn: Set<DockerStage>;
}

export interface DockerfileModel {
  file: SourceFile;
  instructions: DockerInstruction[];
  stages: DockerStage[];
  /** ARGs declared before the first FROM, with their defaults. */
  globalArgs: Map<string, string | undefined>;
  escapeChar: string;
  /** Parser directives (`# syntax=…`, `# escape=…`), lower-cased names. */
  directives: Map<string, string>;
  /** Converts a dockerfile-ast (0-based) range into a span. */
  span(range: { start: { line: number; character: number }; end: { line: number; character: number } }): Span;
  /** The stage named (case-insensitively) or numbered `ref`, if it is defined before `before`. */
  findStage(ref: string, before?: DockerStage): DockerStage | undefined;
}
