import type { Locatable } from '../../../core/finding.js';
import type { DockerfileModel, DockerInstruction } from '../../../domains/dockerfile/index.js';
import type { ShellCommand } from '../../../domains/dockerfile/shell.js';
import { derivedSlot } from './derived.js';

/**
 * Finds where words of an instruction sit in the file, so findings point at the flag or argument rather than the
 * whole instruction. The model joins continuations and unquotes words, so positions are recovered by searching the
 * instruction's own text in order; anything not found falls back to the arguments' span.
 */
export class InstructionText {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  private readonly argsStart: number;
  private commandOffsets: Map<ShellCommand, number[]> | undefined;

  constructor(
    private readonly model: DockerfileModel,
    readonly instruction: DockerInstruction,
  ) {
    const { file } = model;
    this.start = file.offset(instruction.span.line, instruction.span.column);
    this.end = file.offset(instruction.span.endLine, instruction.span.endColumn);
    this.text = file.text.slice(this.start, this.end);
    this.argsStart = file.offset(instruction.argsSpan.line, instruction.argsSpan.column);
  }

  /** Offset of `word` as a whole shell word at or after `from` (file offset), or -1. */
  findWord(word: string, from = this.argsStart): number {
    if (word === '') return -1;
    let at = this.text.indexOf(word, Math.max(0, from - this.start));
    while (at !== -1) {
      const before = this.text[at - 1];
      const after = this.text[at + word.length];
      if (
        (before === undefined || /[\s"'=;&|(`]/.test(before)) &&
        (after === undefined || /[\s"',;&|)\]`=]/.test(after))
      ) {
        return this.start + at;
      }
      at = this.text.indexOf(word, at + 1);
    }
    return -1;
  }

  /** Offset of the first match of a pattern (file offset), or -1. */
  findPattern(pattern: RegExp, from = this.argsStart): { offset: number; length: number } | undefined {
    const flags = pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`;
    const search = new RegExp(pattern.source, flags);
    search.lastIndex = Math.max(0, from - this.start);
    const match = search.exec(this.text);
    return match ? { offset: this.start + match.index, length: match[0].length } : undefined;
  }

  /** A locatable for `length` characters at a file offset; the arguments when the offset is unknown. */
  at(offset: number, length: number): Locatable {
    if (offset < 0) return { span: this.instruction.argsSpan, path: this.instruction.path };
    return { span: this.model.file.spanOf(offset, offset + length), path: this.instruction.path };
  }

  /** Where a word is, searched from `from`. */
  word(word: string, from?: number): Locatable {
    return this.at(this.findWord(word, from), word.length);
  }

  /** File offsets of every word of every command of a RUN, found in order (-1 when not found). */
  wordOffsets(command: ShellCommand): number[] {
    if (!this.commandOffsets) {
      this.commandOffsets = new Map();
      let cursor = this.argsStart;
      for (const each of this.instruction.commands) {
        const offsets = each.words.map((word) => {
          const at = this.findWord(word, cursor);
          // A quoted word with spaces may be an `sh -c` script whose commands come next: they are searched inside it.
          if (at !== -1) cursor = at + (/\s/.test(word) ? 0 : word.length);
          return at;
        });
        this.commandOffsets.set(each, offsets);
      }
    }
    return this.commandOffsets.get(command) ?? command.words.map(() => -1);
  }

  /** The program name of a command. */
  command(command: ShellCommand): Locatable {
    const index = command.words.length - command.args.length - 1;
    const offsets = this.wordOffsets(command);
    return this.at(offsets[index] ?? -1, command.words[index]?.length ?? 0);
  }

  /** The `argIndex`-th argument of a command (the program when out of range). */
  arg(command: ShellCommand, argIndex: number): Locatable {
    if (argIndex < 0 || argIndex >= command.args.length) return this.command(command);
    const index = command.words.length - command.args.length + argIndex;
    return this.at(this.wordOffsets(command)[index] ?? -1, command.words[index]!.length);
  }

  /** The first argument matching a test, else the program name. */
  argWhere(command: ShellCommand, test: (arg: string) => boolean): Locatable {
    return this.arg(command, command.args.findIndex(test));
  }
}

const texts = derivedSlot<DockerInstruction, InstructionText>('instruction text');

export function textOf(model: DockerfileModel, instruction: DockerInstruction): InstructionText {
  return texts.get(instruction) ?? texts.set(instruction, new InstructionText(model, instruction));
}

/** The span of a flag (`--from=build`) of an instruction. */
export function flagAt(instruction: DockerInstruction, name: string): Locatable | undefined {
  const flag = instruction.flags.find((each) => each.name === name);
  return flag ? { span: flag.span, path: instruction.path } : undefined;
}

/** The span of an instruction's keyword (`ADD`, `MAINTAINER`, …). */
export function keywordAt(instruction: DockerInstruction): Locatable {
  const { line, column } = instruction.span;
  return {
    span: { line, column, endLine: line, endColumn: column + instruction.keyword.length },
    path: instruction.path,
  };
}

/** Matches a reference to a variable as written: `$NAME`, `${NAME}` or `${NAME:-default}`. */
export function variableReference(name: string): RegExp {
  return new RegExp(`\\$(?:\\{${name}(?:[:][^}]*)?\\}|${name}\\b)`);
}
