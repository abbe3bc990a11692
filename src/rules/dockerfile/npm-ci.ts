import { posix } from 'node:path';
import { defineRule } from '../../core/rule.js';
import type { DockerInstruction, DockerStage } from '../../domains/dockerfile/index.js';
import { copySources } from './support/copy.js';
import { replaceWith } from './support/fixes.js';
import { textOf } from './support/locate.js';
import { actionArgIndex } from '../../domains/dockerfile/packages.js';

const LOCKFILES = ['package-lock.json', 'npm-shrinkwrap.json'];

export default defineRule({
  meta: {
    id: 'docker/npm-ci',
    domain: 'dockerfile',
    description: 'With a lockfile in the image, install with `npm ci`, not `npm install`.',
    category: 'best-practice',
    defaultSeverity: 'warning',
    recommended: true,
    messages: {
      ci: '`npm install` may resolve other versions than the lockfile copied on line {{line}}: use `npm ci`.',
    },
  },
  create(context) {
    const dir = posix.dirname(context.file.path);
    // Asked only when a COPY could bring a lockfile along: most Dockerfiles never need the file system.
    let lockfileInContext: boolean | undefined;
    const hasLockfileInContext = (): boolean =>
      (lockfileInContext ??= LOCKFILES.some((name) => context.fileExists(posix.join(dir, name))));
    /** Line of the COPY that brings a lockfile into each stage. */
    const lockfileCopied = new Map<DockerStage, number>();
    /**
     * The lockfile line the nearest base stage brought in, asked once per stage (the walk has finished the bases by
     * then), so a RUN does not walk the chain.
     */
    const fromBase = new Map<DockerStage, number | undefined>();
    const lockfileInBase = (stage: DockerStage): number | undefined => {
      // Up the chain without recursion (it can be thousands of stages long); every stage passed shares the answer.
      const pending: DockerStage[] = [];
      let line: number | undefined;
      for (let each = stage; ; ) {
        if (fromBase.has(each)) {
          line = fromBase.get(each);
          break;
        }
        pending.push(each);
        const base = each.image.stage;
        if (!base || base.index >= each.index) break;
        line = lockfileCopied.get(base);
        if (line !== undefined) break;
        each = base;
      }
      for (const each of pending) fromBase.set(each, line);
      return line;
    };
    return {
      COPY(instruction: DockerInstruction) {
        if (instruction.flags.some((flag) => flag.name === 'from')) return;
        const copies = copySources(instruction).some(
          (source) =>
            LOCKFILES.includes(posix.basename(source)) ||
            // `package*.json`, `.` or `./`: the lockfile comes along when the repository has one.
            ((/^package\*\.json$/.test(posix.basename(source)) || /^\.\/?$/.test(source)) && hasLockfileInContext()),
        );
        if (copies && instruction.stage && !lockfileCopied.has(instruction.stage))
          lockfileCopied.set(instruction.stage, instruction.span.line);
      },
      RUN(instruction: DockerInstruction) {
        // A lockfile copied into a stage this one builds FROM is here as well.
        if (!instruction.stage) return;
        const line = lockfileCopied.get(instruction.stage) ?? lockfileInBase(instruction.stage);
        if (line === undefined) return;
        for (const command of instruction.packages) {
          // `npm install <pkg>` adds a package on purpose; only the whole-tree install has a `ci` equivalent.
          if (command.manager !== 'npm' || !['install', 'i'].includes(command.action) || command.packages.length > 0)
            continue;
          const at = textOf(context.model, instruction).arg(command.command, actionArgIndex(command));
          // Unsafe: `npm ci` fails where the lockfile is out of date, which `npm install` papered over.
          context.report({
            at,
            messageId: 'ci',
            data: { line },
            fix: replaceWith(context.file, at, 'ci', 'use npm ci', false),
          });
        }
      },
    };
  },
});
