import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { renderActionReadme } from '../../../src/pipeline/render.js';
import { SECURITY_INPUTS } from '../../../src/actions/security/inputs.js';

const root = new URL('../../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

export const USAGE = `- uses: ORG/shipshape/actions/security@v1
  id: security
  with:
    severity-threshold: high
    reports: |
      trivy:reports/trivy.json
      npm-audit:reports/npm-audit.json
    allow-list: .shipshape-security.yml
    sbom-file: sbom.cdx.json
- uses: github/codeql-action/upload-sarif@v3
  if: always()
  with:
    sarif_file: \${{ steps.security.outputs.sarif-file }}
    category: shipshape-security`;

test('action.yml declares exactly the inputs inputs.ts parses, with the same defaults and descriptions', () => {
  const action = parse(read('actions/security/action.yml'));
  expect(Object.keys(action.inputs)).toEqual(Object.keys(SECURITY_INPUTS));
  for (const [name, spec] of Object.entries(SECURITY_INPUTS)) {
    expect(action.inputs[name]).toEqual({ description: spec.description, required: spec.required, default: spec.default });
  }
  expect(action.runs).toEqual({ using: 'node24', main: '../../dist/security/index.js' });
});

test('the README is the generator’s rendering of action.yml', () => {
  expect(read('actions/security/README.md')).toBe(renderActionReadme(read('actions/security/action.yml'), USAGE));
});
