import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../../core/errors.js';
import { commandScope, errorCode, realInside, resolveArgumentPath, resolveReadPath } from '../../core/paths.js';
import type { Fix, Notice } from '../../core/finding.js';
import { listFiles, readSourceFile } from '../../core/files.js';
import { classifyPath, classifyYamlContent } from '../../domains/classify.js';
import { unifiedDiff } from '../../fix/diff.js';
import { fixFile, restResolver } from '../../fix/index.js';
import { runCheck } from '../../runner/check.js';
import { loadConfig } from '../../runner/config.js';
import { defaultRegistry } from '../../rules/index.js';
import { parseCommandArgs, type Command } from '../command.js';

export const fixCommand: Command = {
  name: 'fix',
  summary:
    'Apply automatic fixes (safe ones by default) to workflows and other checked files, keeping comments and layout.',
  usage: `shipshape fix [paths…] [options]

Applies the fixes rules attach to their findings and the built-in GitHub Actions fixes:
  persist-credentials: false on actions/checkout            (safe unless a later step runs git)
  \${{ … }} moved from run: into the step's env:              (safe when the expression sat in double quotes)
  least-privilege job permissions: from the action table     (unsafe)
Text is edited in place by offsets: comments and formatting stay as they are.

Options:
  --unsafe            apply unsafe fixes too
  --dry-run           print a diff instead of writing; exit 1 when something would change
  --pin               pin action tags to commit SHAs (GitHub REST API; token from GITHUB_TOKEN or GH_TOKEN)
  --api-url <url>     REST API base for --pin (default: $GITHUB_API_URL or https://api.github.com)
  --config <file>     config file (default: .shipshape.yml at the root, if any)
  --root <dir>        repository root (default: .)`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs('fix', argv, {
      unsafe: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      pin: { type: 'boolean', default: false },
      'api-url': { type: 'string' },
      config: { type: 'string' },
      root: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help) {
      io.stdout(`${this.usage}\n`);
      return 0;
    }
    const scope = commandScope(io.cwd, io.env);
    const root = values.root ? resolveReadPath('--root', values.root, scope, 'directory') : scope.base;
    const paths = positionals.map((path) => resolveArgumentPath('path argument', path, { ...scope, read: [root] }));
    const registry = defaultRegistry();
    const config = loadConfig(
      root,
      values.config ? resolveReadPath('--config', values.config, scope) : undefined,
      registry,
    );
    const result = await runCheck({ root, paths, config, registry });
    const findingFixes = new Map<string, Fix[]>();
    for (const finding of result.findings) {
      if (!finding.fix) continue;
      findingFixes.set(finding.path, [...(findingFixes.get(finding.path) ?? []), finding.fix]);
    }

    const notices: Notice[] = [];
    const candidates = new Set(findingFixes.keys());
    for (const path of listFiles(root, paths.length > 0 ? paths : ['.'], config.ignore, notices)) {
      const kind = classifyPath(path);
      if (kind === 'github-actions' || kind === 'yaml') candidates.add(path);
    }

    const token = io.env.GITHUB_TOKEN ?? io.env.GH_TOKEN;
    const pin = values.pin
      ? restResolver({
          baseUrl: values['api-url'] ?? io.env.GITHUB_API_URL ?? 'https://api.github.com',
          ...(token ? { token } : {}),
        })
      : undefined;

    let changedFiles = 0;
    let appliedCount = 0;
    let skippedUnsafe = 0;
    for (const path of [...candidates].sort()) {
      const outcome = readSourceFile(root, path, config.maxFileSize, notices);
      if ('skipped' in outcome) {
        if (outcome.kind === 'outside') io.stderr(`${path}: not fixed: ${outcome.skipped}\n`);
        continue;
      }
      const file = outcome.file;
      let domain = classifyPath(path);
      if (domain === 'yaml') domain = classifyYamlContent(file);
      const own = findingFixes.get(path) ?? [];
      if (domain !== 'github-actions' && own.length === 0) continue;
      const fixed = await fixFile(file, own, { unsafe: values.unsafe, ...(pin ? { pin } : {}) });
      for (const problem of fixed.problems) io.stderr(`${path}: --pin: ${problem}\n`);
      skippedUnsafe += fixed.skipped.filter((fix) => !fix.safe).length;
      if (fixed.text === file.text) continue;
      changedFiles++;
      appliedCount += fixed.applied.length;
      if (values['dry-run']) {
        io.stdout(unifiedDiff(path, file.text, fixed.text));
      } else {
        const target = resolve(root, path);
        // The file was read inside the repository; it is written only if it still resolves there (no link swapped in).
        if (!realInside([root], target)) {
          io.stderr(`${path}: not written: it now leads outside the repository\n`);
          continue;
        }
        try {
          writeFileSync(target, fixed.text);
        } catch (error) {
          throw new UsageError(`fix: cannot write ${path}: ${errorCode(error)}`);
        }
        for (const fix of fixed.applied) io.stderr(`${path}: fixed: ${fix.description}\n`);
      }
    }
    const verb = values['dry-run'] ? 'would apply' : 'applied';
    io.stderr(
      `${verb} ${appliedCount} fix${appliedCount === 1 ? '' : 'es'} in ${changedFiles} file${changedFiles === 1 ? '' : 's'}`,
    );
    io.stderr(
      skippedUnsafe > 0 && !values.unsafe
        ? `; ${skippedUnsafe} unsafe fix${skippedUnsafe === 1 ? '' : 'es'} left (use --unsafe)\n`
        : '\n',
    );
    return values['dry-run'] && changedFiles > 0 ? 1 : 0;
  },
};
