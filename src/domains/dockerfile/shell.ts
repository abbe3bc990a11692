/**
 * A small, forgiving reader of POSIX shell command lines: enough to see which programs a RUN calls and with which
 * arguments. It splits on `&&`, `||`, `;`, `|`, `&` and new lines, honours quotes and escapes, drops comments, and
 * never throws.
 */
export interface ShellCommand {
  /** Program name without path (`/usr/bin/apt-get` → `apt-get`), after leading `VAR=value` assignments and `sudo`/`env`. */
  name: string;
  /** Arguments after the program name, unquoted. */
  args: string[];
  /** All words as written (quotes removed), including assignments and wrappers. */
  words: string[];
  /** The operator that joins this command to the next one (`&&`, `||`, `;`, `|`, `&`, newline), if any. */
  next: string | undefined;
  /** Wrappers that preceded the program (`sudo`, `env`, …). */
  wrappers: string[];
}

const WRAPPERS = new Set(['sudo', 'env', 'exec', 'nohup', 'time', 'command', 'nice', 'su-exec', 'gosu']);

export function splitShell(script: string): ShellCommand[] {
  const split = new CommandSplitter();
  for (let i = 0; i < script.length; i++) {
    const ch = script[i]!;
    if (ch === '\\') {
      const next = script[i + 1];
      if (next === '\n') {
        i++;
        continue;
      }
      if (next !== undefined) {
        split.word += next;
        split.inWord = true;
        i++;
      }
      continue;
    }
    if (ch === "'") {
      const close = script.indexOf("'", i + 1);
      const end = close === -1 ? script.length : close;
      split.word += script.slice(i + 1, end);
      split.inWord = true;
      i = end;
      continue;
    }
    if (ch === '"') {
      let j = i + 1;
      while (j < script.length && script[j] !== '"') {
        if (script[j] === '\\' && j + 1 < script.length) {
          split.word += script[j + 1];
          j += 2;
          continue;
        }
        split.word += script[j];
        j++;
      }
      split.inWord = true;
      i = j;
      continue;
    }
    if (ch === '#' && !split.inWord) {
      const newline = script.indexOf('\n', i);
      i = newline === -1 ? script.length : newline - 1;
      continue;
    }
    if (ch === ' ' || ch === '\t' || ch === '\r') {
      split.endWord();
      continue;
    }
    if (ch === '\n') {
      split.endCommand('\n');
      continue;
    }
    if (ch === '&' || ch === '|' || ch === ';') {
      const pair = script.slice(i, i + 2);
      if (pair === '&&' || pair === '||' || pair === ';;') {
        split.endCommand(pair);
        i++;
      } else if (ch === '&' && script[i + 1] === '>') {
        split.word += ch;
        split.inWord = true;
      } else if (ch === '&' && i > 0 && script[i - 1] === '>') {
        split.word += ch;
        split.inWord = true;
      } else {
        split.endCommand(ch);
      }
      continue;
    }
    if (ch === '(' || ch === ')' || ch === '{' || ch === '}') {
      if (!split.inWord && (ch === '(' || ch === ')')) {
        split.endCommand(undefined);
        continue;
      }
    }
    split.word += ch;
    split.inWord = true;
  }
  split.endCommand(undefined);
  return split.commands;
}

/** The state of splitShell's scan: the commands so far, and the words and the word being read. */
class CommandSplitter {
  readonly commands: ShellCommand[] = [];
  words: string[] = [];
  word = '';
  inWord = false;

  endWord(): void {
    if (this.inWord) this.words.push(this.word);
    this.word = '';
    this.inWord = false;
  }

  endCommand(operator: string | undefined): void {
    this.endWord();
    const { commands } = this;
    if (this.words.length > 0) commands.push(toCommand(this.words, operator));
    else if (operator && commands.length > 0 && commands[commands.length - 1]!.next === undefined) {
      commands[commands.length - 1]!.next = operator;
    }
    this.words = [];
  }
}

/** One command from its words, e.g. the exec form `["apt-get", "install", "-y", "curl"]`. */
export function commandFromWords(words: string[]): ShellCommand {
  return toCommand(words, undefined);
}

function toCommand(words: string[], next: string | undefined): ShellCommand {
  let index = 0;
  const wrappers: string[] = [];
  for (;;) {
    while (index < words.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[index]!)) index++;
    const candidate = baseName(words[index] ?? '');
    if (!WRAPPERS.has(candidate)) break;
    wrappers.push(candidate);
    index++;
    // Skip the wrapper's own options (`sudo -u app`, `env -i`).
    while (index < words.length && words[index]!.startsWith('-')) {
      const option = words[index]!;
      index++;
      if ((candidate === 'sudo' && /^-[ugCDhprtT]$/.test(option)) || (candidate === 'nice' && option === '-n')) index++;
    }
  }
  return { name: baseName(words[index] ?? ''), args: words.slice(index + 1), words, next, wrappers };
}

function baseName(program: string): string {
  const slash = program.lastIndexOf('/');
  return slash === -1 ? program : program.slice(slash + 1);
}

/** True when `args` contains the flag, as a long option, a short option, or inside a bundle of short options. */
export function hasFlag(args: string[], long: string | undefined, short?: string): boolean {
  return args.some(
    (arg) =>
      (long !== undefined && (arg === `--${long}` || arg.startsWith(`--${long}=`))) ||
      (short !== undefined && /^-[A-Za-z]+$/.test(arg) && arg.slice(1).includes(short)),
  );
}

/** POSIX-family shells whose `-c` argument is a script. */
export const POSIX_SHELLS = /^(?:.*\/)?(?:sh|bash|ash|dash|zsh|ksh|mksh)$/;

/**
 * Nested `sh -c '…'` scripts are read this deep and no deeper: enough for any real Dockerfile, and a bound on the
 * work a hostile chain of quoted shells can cause (each level re-reads the script of the one above).
 */
const MAX_SCRIPT_DEPTH = 8;

/**
 * The commands of a script, with the commands of every `sh -c '…'` / `bash -ec "…"` among them added right after the
 * shell command that runs them, so `RUN sh -c 'apt-get install curl'` is read like `RUN apt-get install curl`.
 */
export function splitScript(script: string): ShellCommand[] {
  return withInnerScripts(splitShell(script), 0);
}

/** Adds the commands of the `-c` scripts among `commands` (see splitScript). */
export function withInnerScripts(commands: ShellCommand[], depth: number): ShellCommand[] {
  if (depth >= MAX_SCRIPT_DEPTH || !commands.some(runsScript)) return commands;
  const out: ShellCommand[] = [];
  for (const command of commands) {
    out.push(command);
    const script = runsScript(command) ? innerScript(command) : undefined;
    if (script) out.push(...withInnerScripts(splitShell(script), depth + 1));
  }
  return out;
}

function runsScript(command: ShellCommand): boolean {
  return POSIX_SHELLS.test(command.name) && command.args.some((arg) => /^-[a-z]*c[a-z]*$/.test(arg));
}

/** The script argument of `sh -c 'script'` (options may be bundled: `-ec`, `-xc`). */
function innerScript(command: ShellCommand): string | undefined {
  const at = command.args.findIndex((arg) => /^-[a-z]*c[a-z]*$/.test(arg));
  for (let i = at + 1; i < command.args.length; i++) {
    const arg = command.args[i]!;
    if (arg.startsWith('-') || arg.startsWith('+')) continue;
    return arg;
  }
  return undefined;
}
