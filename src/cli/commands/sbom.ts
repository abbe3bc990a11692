import { UsageError } from '../../core/errors.js';
import { commandScope, resolveReadPath, resolveWritePath, writeInside } from '../../core/paths.js';
import { writeOutputs } from '../../stages/outputs.js';
import { buildNpmSbom } from '../../stages/security/sbom.js';
import { parseCommandArgs, type Command } from '../command.js';
import { outputTargets } from './security-gate.js';

export const sbomCommand: Command = {
  name: 'sbom',
  summary: 'Write a CycloneDX SBOM (JSON) of an npm project from its package-lock.json.',
  usage: `shipshape sbom [options]

Options:
  --root <dir>           folder with package-lock.json (default .)
  --output <file>        write the SBOM here (default: standard output)
  --spec <version>       CycloneDX 1.5, 1.6 or 1.7 (default 1.6)
  --omit-dev             leave out development dependencies
  --dotenv <file>        also write the outputs as a GitLab dotenv report
  --github-output <file> where to write step outputs (default: $GITHUB_OUTPUT when set)`,
  async run(argv, io) {
    const { values } = parseCommandArgs(
      'sbom',
      argv,
      {
        root: { type: 'string' },
        output: { type: 'string' },
        spec: { type: 'string', default: '1.6' },
        'omit-dev': { type: 'boolean' },
        dotenv: { type: 'string' },
        'github-output': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      false,
    );
    if (values.help) {
      io.stdout(`${this.usage}\n`);
      return 0;
    }
    if (!['1.5', '1.6', '1.7'].includes(values.spec))
      throw new UsageError(`sbom: --spec must be 1.5, 1.6 or 1.7, not "${values.spec}"`);
    const scope = commandScope(io.cwd, io.env);
    const root = values.root ? resolveReadPath('--root', values.root, scope, 'directory') : scope.base;
    const output = values.output ? resolveWritePath('--output', values.output, scope) : undefined;
    const targets = outputTargets(values, scope, io.env);
    const sbom = buildNpmSbom({ root, omitDev: Boolean(values['omit-dev']), specVersion: values.spec as '1.6' });
    if (output) {
      writeInside('--output', output, sbom.json);
      io.stderr(`Wrote ${sbom.components} components and ${sbom.dependencies} dependency links to ${values.output}.\n`);
    } else io.stdout(sbom.json);
    writeOutputs({ 'sbom-file': output ?? '', components: String(sbom.components) }, targets);
    return 0;
  },
};
