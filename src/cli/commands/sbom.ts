import { resolve } from 'node:path';
import { UsageError } from '../../core/errors.js';
import { writeOutputs } from '../../stages/outputs.js';
import { buildNpmSbom } from '../../stages/security/sbom.js';
import { parseCommandArgs, type Command } from '../command.js';
import { writeFileOrFail } from './security-gate.js';

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
    if (!['1.5', '1.6', '1.7'].includes(values.spec)) throw new UsageError(`sbom: --spec must be 1.5, 1.6 or 1.7, not "${values.spec}"`);
    const sbom = buildNpmSbom({ root: resolve(io.cwd, values.root ?? '.'), omitDev: Boolean(values['omit-dev']), specVersion: values.spec as '1.6' });
    const output = values.output ? resolve(io.cwd, values.output) : undefined;
    if (output) {
      writeFileOrFail('sbom', output, sbom.json);
      io.stderr(`Wrote ${sbom.components} components and ${sbom.dependencies} dependency links to ${values.output}.\n`);
    } else io.stdout(sbom.json);
    const githubOutput = values['github-output'] ?? io.env.GITHUB_OUTPUT;
    writeOutputs(
      { 'sbom-file': output ?? '', components: String(sbom.components) },
      { ...(githubOutput ? { githubOutput: resolve(io.cwd, githubOutput) } : {}), ...(values.dotenv ? { dotenv: resolve(io.cwd, values.dotenv) } : {}) },
    );
    return 0;
  },
};
