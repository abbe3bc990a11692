import { COMMANDS } from '../../src/cli/commands/index.js';

// `shipshape --help` reads names and summaries from the table without loading any command module: they must stay
// the ones each command declares.
describe('CLI command table', () => {
  it.each(COMMANDS.map((entry) => [entry.name, entry] as const))(
    '%s loads the command it lists',
    async (_name, entry) => {
      const command = await entry.load();
      expect({ name: command.name, summary: command.summary }).toEqual({ name: entry.name, summary: entry.summary });
    },
  );

  it('lists each command once', () => {
    const names = COMMANDS.map((entry) => entry.name);
    expect(new Set(names).size).toBe(names.length);
  });
});
