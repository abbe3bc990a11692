import { defineRule } from '../../core/rule.js';
import type { Step } from '../../domains/github-actions/index.js';

/**
 * `gem install NAME`, `npm install NAME` (and `npm i`/`npm add`), `yarn add`, `pnpm add`: a package named on the
 * command line, outside the project's lock file. The command must start a line or follow `;`, `&&`, `||` or `|` so
 * that `echo "npm install x"` and `bundle install` are not read as installs.
 */
const INSTALL =
  /(?:^|[;&|(]\s*|\bsudo\s+)(gem\s+(?:install|i)|npm\s+(?:install|i|add)|yarn(?:\s+global)?\s+add|pnpm\s+(?:add|install\s+-g))((?:[ \t]+[^\s;&|#]+)+)/gm;

/** The words after the command that name packages (flags and their values left out). */
function packagesOf(args: string): string[] {
  const words = args.trim().split(/\s+/);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word.startsWith('-')) {
      // Flags that take a value in the next word.
      if (/^(?:-v|--version|--registry|--prefix|-i|--install-dir|--source)$/.test(word)) i++;
      continue;
    }
    // Paths and archives are the project's own files, not packages from a registry.
    if (/^[./~]/.test(word) || /\.(?:tgz|gem)$/.test(word) || word.includes('${{') || word.startsWith('$')) continue;
    out.push(word);
  }
  return out;
}

export default defineRule({
  meta: {
    id: 'gha/adhoc-packages',
    domain: 'github-actions',
    description:
      'Packages installed by name in a `run:` script (`npm install x`, `gem install x`) skip the lock file: nothing checks what is downloaded.',
    category: 'security',
    defaultSeverity: 'note',
    recommended: false,
    messages: {
      adhoc:
        '`{{command}}` installs {{packages}} by name, outside the lock file: no checksum pins what is downloaded, and the version floats. Add it to the project (package.json / Gemfile) and install from the lock file (`npm ci`, `bundle install`).',
    },
    equivalents: { zizmor: ['adhoc-packages'] },
  },
  create(context) {
    return {
      step(step: Step) {
        const run = step.run;
        if (!run || typeof run.value !== 'string') return;
        const script = run.value;
        if (!/\b(?:gem|npm|yarn|pnpm)\b/.test(script)) return;
        // An expression is one word however it is spaced (`${{ matrix.package }}`), and names no package statically.
        const text = script.replace(/\$\{\{[^}]*\}\}/g, (expression) => expression.replace(/\s/g, '_'));
        for (const match of text.matchAll(INSTALL)) {
          const packages = packagesOf(match[2]!);
          if (packages.length === 0) continue;
          const start = match.index + match[0].length - match[2]!.length - match[1]!.length;
          context.report({
            at: (step.workflow ?? step.action)!.context.atValue(run, start, start + match[1]!.length),
            messageId: 'adhoc',
            data: {
              command: match[1]!.replace(/\s+/g, ' '),
              packages: packages.map((name) => `\`${name}\``).join(', '),
            },
          });
        }
      },
    };
  },
});
