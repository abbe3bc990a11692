import { checkJson, cliBundle, makeTree, removeTree, runShipshape } from './harness.js';

describe('hostile-input harness', () => {
  let repo: string;
  beforeAll(async () => {
    await cliBundle();
    repo = makeTree({ Dockerfile: 'FROM node:latest\n' });
  });
  afterAll(() => removeTree(repo));

  it('runs the CLI built from the working tree and parses its findings', async () => {
    const result = await checkJson(repo);
    expect(result.timedOut).toBe(false);
    expect(result.code).toBe(0);
    expect(result.findings).toContainEqual(
      expect.objectContaining({ ruleId: 'docker/no-latest-tag', path: 'Dockerfile', line: 1 }),
    );
  });

  it('kills a run that exceeds its bound and says so', async () => {
    const result = await runShipshape(['check', '.'], { cwd: repo, boundMs: 1 });
    expect(result.timedOut).toBe(true);
    expect(result.signal).toBe('SIGKILL');
  });
});
