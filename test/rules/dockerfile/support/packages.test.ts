import { splitShell } from '../../../../src/domains/dockerfile/shell.js';
import {
  hasOption,
  isInstall,
  packageCommands,
  readPackageCommand,
} from '../../../../src/rules/dockerfile/support/packages.js';

const read = (line: string) => readPackageCommand(splitShell(line)[0]!);

describe('readPackageCommand', () => {
  test('separates options (with their values), the action and the packages', () => {
    const apt = read('apt-get -o Dpkg::Options::=--force-confold -y install --no-install-recommends curl git=1:2.39');
    expect(apt).toMatchObject({
      manager: 'apt-get',
      action: 'install',
      options: ['-o', 'Dpkg::Options::=--force-confold', '-y', '--no-install-recommends'],
    });
    expect(apt!.packages.map((operand) => operand.value)).toEqual(['curl', 'git=1:2.39']);
  });

  test('python -m pip is pip, with argument indexes into the original command', () => {
    const pip = read('python3 -m pip install -r requirements.txt flask');
    expect(pip).toMatchObject({ manager: 'pip', action: 'install', options: ['-r', 'requirements.txt'] });
    expect(pip!.packages).toEqual([{ value: 'flask', argIndex: 5 }]);
  });

  test('bare yarn installs; unknown programs are not package managers', () => {
    expect(isInstall(read('yarn --frozen-lockfile')!)).toBe(true);
    expect(read('make install')).toBeUndefined();
  });

  test('apk virtual package names are option values, not packages', () => {
    const apk = read('apk add --no-cache -t .build-deps gcc');
    expect(apk!.packages.map((operand) => operand.value)).toEqual(['gcc']);
    expect(hasOption(apk!, 'no-cache')).toBe(true);
  });

  test('packageCommands keeps only package managers', () => {
    expect(
      packageCommands(splitShell('apt-get update && echo hi && pip3 install x')).map((command) => command.manager),
    ).toEqual(['apt-get', 'pip']);
  });
});
