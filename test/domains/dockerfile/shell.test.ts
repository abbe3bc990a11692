import { commandFromWords, hasFlag, splitShell } from '../../../src/domains/dockerfile/shell.js';

describe('splitShell', () => {
  test('strips assignments and wrappers from the program name', () => {
    const [command] = splitShell('DEBIAN_FRONTEND=noninteractive sudo -u app /usr/bin/apt-get install -y curl');
    expect(command).toMatchObject({ name: 'apt-get', args: ['install', '-y', 'curl'], wrappers: ['sudo'] });
  });

  test('keeps quoted words whole and records the operators', () => {
    const commands = splitShell(`echo "a | b" && printf '%s' x; curl -fsSL u | sh`);
    expect(commands.map((command) => [command.name, command.args, command.next])).toEqual([
      ['echo', ['a | b'], '&&'],
      ['printf', ['%s', 'x'], ';'],
      ['curl', ['-fsSL', 'u'], '|'],
      ['sh', [], undefined],
    ]);
  });

  test('drops comments and never throws on unbalanced quotes', () => {
    expect(splitShell('make # build it\n').map((command) => command.name)).toEqual(['make']);
    expect(() => splitShell('echo "unterminated')).not.toThrow();
  });
});

describe('commandFromWords', () => {
  test('reads an exec-form array like a command line', () => {
    expect(commandFromWords(['env', 'A=1', 'pip', 'install', 'x'])).toMatchObject({
      name: 'pip',
      args: ['install', 'x'],
      wrappers: ['env'],
    });
  });
});

describe('hasFlag', () => {
  test('finds long options, long options with values and bundled short options', () => {
    expect(hasFlag(['--no-cache'], 'no-cache')).toBe(true);
    expect(hasFlag(['--omit=dev'], 'omit')).toBe(true);
    expect(hasFlag(['-qy'], undefined, 'y')).toBe(true);
    expect(hasFlag(['--yes-not'], 'yes')).toBe(false);
  });
});
