import { posix } from 'node:path';
import { defineRule } from '../../core/rule.js';
import type { DockerInstruction } from '../../domains/dockerfile/index.js';
import { buildCommands, devDependencyInstalls, leftoverBuildPackages } from './support/build-tools.js';
import { textOf } from './support/locate.js';
import { envValue, isShipped } from './support/stages.js';

export default defineRule({
  meta: {
    id: 'docker/build-tools-in-final-stage',
    domain: 'dockerfile',
    description: 'Compilers, build tools and dev dependencies belong in a builder stage, not in the shipped image.',
    category: 'security',
    defaultSeverity: 'warning',
    recommended: true,
    securitySeverity: 4.0,
    messages: {
      package:
        'Build package "{{name}}" stays in the shipped image: install it in a builder stage and `COPY --from` the result.',
      command:
        '`{{name}}` builds inside the shipped image, so its toolchain ships too: build in a separate stage and `COPY --from` the output.',
      devDependencies:
        '`{{name}}` installs devDependencies into the shipped image: build in a separate stage, or install with `--omit=dev` (`--production`).',
    },
  },
  create(context) {
    // The package.json beside the Dockerfile is read only when a RUN installs devDependencies.
    let noDevDependencies: boolean | undefined;
    const declaresNone = (): boolean =>
      (noDevDependencies ??= declaresNoDevDependencies(
        context.readFile(posix.join(posix.dirname(context.file.path), 'package.json')),
      ));
    return {
      RUN(instruction: DockerInstruction) {
        const stage = instruction.stage;
        if (!stage || !isShipped(context.model, stage)) return;
        const { commands } = instruction;
        const { leftovers, cleansUp } = leftoverBuildPackages(commands, instruction.packages);
        // One finding per RUN, at the earliest command that brings a toolchain in. A RUN that removes the build
        // packages it installed compiles with a toolchain that does not ship.
        const installs = devDependencyInstalls(instruction.packages, envValue(stage, 'NODE_ENV'));
        const first = [
          ...leftovers,
          ...(cleansUp ? [] : buildCommands(commands)),
          ...(installs.length === 0 || declaresNone() ? [] : installs),
        ].sort((a, b) => commands.indexOf(a.command) - commands.indexOf(b.command))[0];
        if (!first) return;
        const at = textOf(context.model, instruction).arg(first.command, first.argIndex);
        context.report({ at, messageId: first.kind, data: { name: first.name } });
      },
    };
  },
});

/** True when the package.json beside the Dockerfile can be read and lists no devDependencies. */
function declaresNoDevDependencies(text: string | undefined): boolean {
  if (text === undefined) return false;
  try {
    const manifest = JSON.parse(text) as { devDependencies?: Record<string, string> };
    return Object.keys(manifest.devDependencies ?? {}).length === 0;
  } catch {
    return false;
  }
}
