import { existsSync, realpathSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as core from '@actions/core';
import { actionScope, isInside, resolveReadPath, resolveWritePath } from '../../core/paths.js';
import { InputError as SharedInputError } from '../shared/inputs.js';
import { parseReportSpec, type ReportSpec } from '../../stages/security/parsers/index.js';
import { FAIL_ON_VALUES, type SecurityFailOn } from '../../stages/security/types.js';
import { inputsByName, SECURITY_ACTION_INPUTS } from '../../pipeline/spec.js';
import { parseBoolean } from '../../pipeline/validate.js';

/** Every input of actions/security/action.yml, from the pipeline spec (which generates action.yml). */
export const SECURITY_INPUTS = inputsByName(SECURITY_ACTION_INPUTS);

export type SecurityInputName = (typeof SECURITY_ACTION_INPUTS)[number]['name'];

/** Everything the action needs, parsed and checked once. All paths are absolute. */
export interface SecurityActionContext {
  workspace: string;
  root: string;
  reports: ReportSpec[];
  failOn?: SecurityFailOn;
  configPath?: string;
  sarifFile: string;
  sbomFile?: string;
  check: boolean;
  secrets: boolean;
  /** The candidate image this gate releases (pinned by digest), with its scan and release tags. */
  image?: {
    reference: string;
    registry: string;
    repository: string;
    digest: string;
    tags: string[];
    scan: 'auto' | 'required' | 'never';
    report?: ReportSpec;
  };
}

/** Input errors name the input; shared with the other actions. */
export class InputError extends SharedInputError<SecurityInputName> {}

function checkPathText(input: SecurityInputName, value: string): void {
  if (/[\0\r\n]/.test(value))
    throw new InputError(input, `${JSON.stringify(value)} contains a line break or NUL; give one path`);
}

/** The shared boolean parser (src/pipeline/validate.ts), its error re-raised as this action's input error. */
function bool(input: SecurityInputName, value: string): boolean {
  try {
    return parseBoolean(input, value);
  } catch {
    throw new InputError(input, `must be true or false, not ${JSON.stringify(value)}`);
  }
}

/** Parses the inputs (as `core.getInput` returns them; empty means unset) into one checked context. */
export function parseInputs(
  read: (name: SecurityInputName) => string,
  env: NodeJS.ProcessEnv,
  cwd = process.cwd(),
): SecurityActionContext {
  const get = (name: SecurityInputName): string => read(name).trim() || String(SECURITY_INPUTS[name].default ?? '');
  const workspace = resolve(cwd, env.GITHUB_WORKSPACE || '.');
  const workingDirectory = get('working-directory');
  checkPathText('working-directory', workingDirectory);
  // Every path input goes through core/paths.ts: reads inside the workspace, writes there or in RUNNER_TEMP.
  const root = resolveReadPath(
    'input "working-directory"',
    workingDirectory,
    actionScope(workspace, workspace, env),
    'directory',
  );
  const scope = actionScope(workspace, root, env);

  const threshold = get('severity-threshold');
  if (threshold && !FAIL_ON_VALUES.includes(threshold as SecurityFailOn)) {
    throw new InputError(
      'severity-threshold',
      `must be one of ${FAIL_ON_VALUES.join(', ')}, not ${JSON.stringify(threshold)}`,
    );
  }
  const reports = get('reports')
    .split(/[\r\n,]+/)
    .map((item) => item.trim())
    .filter(Boolean)
    .map((item) => {
      if (item.includes('\0')) throw new InputError('reports', `${JSON.stringify(item)} contains NUL`);
      let spec: ReportSpec;
      try {
        spec = parseReportSpec(item);
      } catch (error) {
        throw new InputError('reports', (error as Error).message);
      }
      return { tool: spec.tool, path: resolveReadPath('input "reports"', spec.path, scope) };
    });
  const allowList = get('allow-list');
  const configPath = allowList ? resolveReadPath('input "allow-list"', allowList, scope) : undefined;
  const sarif = get('sarif-file');
  const sbom = get('sbom-file');
  const image = parseImage(get, root);
  return {
    workspace,
    root,
    reports: image?.report ? [...reports, image.report] : reports,
    ...(image ? { image } : {}),
    ...(threshold ? { failOn: threshold as SecurityFailOn } : {}),
    ...(configPath ? { configPath } : {}),
    sarifFile: sarif
      ? resolveWritePath('input "sarif-file"', sarif, scope)
      : join(env.RUNNER_TEMP || tmpdir(), 'shipshape-security.sarif'),
    ...(sbom ? { sbomFile: resolveWritePath('input "sbom-file"', sbom, scope) } : {}),
    check: bool('check', get('check')),
    secrets: bool('secrets-scan', get('secrets-scan')),
  };
}

const TAG = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;

/** The image half of the gate: a digest-pinned candidate, its scan report and the tags it earns by passing. */
function parseImage(get: (name: SecurityInputName) => string, root: string): SecurityActionContext['image'] {
  const reference = get('image-ref').toLowerCase();
  const tags = get('release-tags')
    .split(/[\r\n,]+/)
    .map((tag) => tag.trim())
    .filter(Boolean);
  const reportText = get('image-report');
  const scan = get('image-scan') || 'auto';
  if (!['auto', 'required', 'never'].includes(scan))
    throw new InputError('image-scan', `must be auto, required or never, not ${JSON.stringify(scan)}`);
  if (!reference) {
    if (tags.length > 0)
      throw new InputError('release-tags', 'needs the image-ref (<repository>@sha256:…) the tags are for');
    if (reportText)
      throw new InputError('image-report', 'needs the image-ref (<repository>@sha256:…) that was scanned');
    return undefined;
  }
  // Registries cap a repository name at 255 characters (OCI distribution spec); longer is never a real image.
  const name = reference.split('@')[0] ?? '';
  const match =
    name.length <= 255
      ? /^([a-z0-9.-]+(?::[0-9]+)?)\/([a-z0-9]+(?:[._/-]+[a-z0-9]+)*)@(sha256:[a-f0-9]{64})$/.exec(reference)
      : null;
  if (!match)
    throw new InputError(
      'image-ref',
      `must be <registry>/<repository>@sha256:<64 hex>, not ${JSON.stringify(reference.slice(0, 120))}`,
    );
  for (const tag of tags)
    if (!TAG.test(tag)) throw new InputError('release-tags', `${JSON.stringify(tag.slice(0, 130))} is not a valid tag`);
  let report: ReportSpec | undefined;
  if (reportText) {
    checkPathText('image-report', reportText);
    let spec: ReportSpec;
    try {
      spec = parseReportSpec(reportText);
    } catch (error) {
      throw new InputError('image-report', (error as Error).message);
    }
    if (!['trivy', 'grype', 'sarif'].includes(spec.tool))
      throw new InputError(
        'image-report',
        `name the scanner: trivy:<path> or grype:<path>, not ${JSON.stringify(reportText)}`,
      );
    const path = resolve(root, spec.path);
    if (!isInside(root, path)) throw new InputError('image-report', `"${spec.path}" is outside the working directory`);
    if (!existsSync(path) || !statSync(path).isFile())
      throw new InputError('image-report', `report "${spec.path}" not found in ${root}`);
    // A link may point anywhere: the file it resolves to must be inside the working directory too.
    if (!isInside(realpathSync(root), realpathSync(path)))
      throw new InputError('image-report', `"${spec.path}" links outside the working directory`);
    report = { tool: spec.tool, path };
  }
  return {
    reference,
    registry: match[1]!,
    repository: match[2]!,
    digest: match[3]!,
    tags,
    scan: scan as 'auto' | 'required' | 'never',
    ...(report ? { report } : {}),
  };
}

/** Reads the action's inputs from the runner's environment. */
export function getInputs(): SecurityActionContext {
  return parseInputs((name) => core.getInput(name), process.env);
}
