import { SourceFile } from '../../../src/core/source.js';
import { parseDockerfile } from '../../../src/domains/dockerfile/parse.js';
import {
  hasOption,
  isInstall,
  type PackageCommand,
  readPackageCommand,
  readPackageCommands,
} from '../../../src/domains/dockerfile/packages.js';
import { splitShell } from '../../../src/domains/dockerfile/shell.js';

const read = (line: string) => readPackageCommand(splitShell(line)[0]!);

/** The package commands of the first RUN of a Dockerfile, as the rules see them. */
function packagesOf(dockerfile: string): PackageCommand[] {
  const result = parseDockerfile(new SourceFile('Dockerfile', dockerfile));
  if (!result.ok) throw new Error('parse failed');
  return result.model.instructions.find((instruction) => instruction.keyword === 'RUN')!.packages;
}
const brief = (commands: PackageCommand[]) => commands.map((command) => `${command.manager} ${command.step}`);

describe('readPackageCommand', () => {
  test('separates options (with their values), the action and the packages', () => {
    const apt = read('apt-get -o Dpkg::Options::=--force-confold -y install --no-install-recommends curl git=1:2.39');
    expect(apt).toMatchObject({
      manager: 'apt-get',
      action: 'install',
      step: 'install',
      options: ['-o', 'Dpkg::Options::=--force-confold', '-y', '--no-install-recommends'],
    });
    expect(apt!.packages.map((operand) => [operand.name, operand.version, operand.pin])).toEqual([
      ['curl', undefined, 'none'],
      ['git', '1:2.39', 'exact'],
    ]);
  });

  test('python -m pip is pip, with argument indexes into the original command', () => {
    const pip = read('python3 -m pip install -r requirements.txt flask');
    expect(pip).toMatchObject({ manager: 'pip', action: 'install', options: ['-r', 'requirements.txt'] });
    expect(pip!.packages).toEqual([{ value: 'flask', name: 'flask', version: undefined, pin: 'none', argIndex: 5 }]);
  });

  test('bare yarn installs; unknown programs, go build and cargo build are not package managers', () => {
    expect(isInstall(read('yarn --frozen-lockfile')!)).toBe(true);
    expect(read('make install')).toBeUndefined();
    expect(read('go build ./...')).toBeUndefined();
    expect(read('cargo build --release')).toBeUndefined();
  });

  test('apk virtual package names are option values, not packages', () => {
    const apk = read('apk add --no-cache -t .build-deps gcc');
    expect(apk!.packages.map((operand) => operand.value)).toEqual(['gcc']);
    expect(hasOption(apk!, 'no-cache')).toBe(true);
  });

  test.each([
    ['apt-get install -y curl=8.5.0-1', 'curl', '8.5.0-1', 'exact'],
    ['apt-get install -y curl/bookworm-backports', 'curl/bookworm-backports', undefined, 'none'],
    ['apk add curl=8.9.0-r0', 'curl', '8.9.0-r0', 'exact'],
    ['apk add git~2.45', 'git', '2.45', 'range'],
    ['dnf install -y curl-7.76.1', 'curl', '7.76.1', 'exact'],
    ['microdnf install tar', 'tar', undefined, 'none'],
    ['yum install -y @development', '@development', undefined, 'local'],
    ['zypper install -y curl=8.0.1', 'curl', '8.0.1', 'exact'],
    ['zypper install -y curl>=8', 'curl', '8', 'range'],
    ['pip install flask==3.0.2', 'flask', '3.0.2', 'exact'],
    ['pip3 install "flask>=3"', 'flask', '3', 'range'],
    ['python -m pip install flask', 'flask', undefined, 'none'],
    ['pip2 install ./dist/app.whl', './dist/app.whl', undefined, 'local'],
    ['npm install -g @scope/tool@1.0.0', '@scope/tool', '1.0.0', 'exact'],
    ['npm install -g @scope/tool', '@scope/tool', undefined, 'none'],
    ['npm install -g pm2@latest', 'pm2', 'latest', 'none'],
    ['yarn add left-pad@^1.3.0', 'left-pad', '^1.3.0', 'range'],
    ['pnpm add -g typescript@5.4.5', 'typescript', '5.4.5', 'exact'],
    ['gem install bundler:2.5.6', 'bundler', '2.5.6', 'exact'],
    ['gem i rails -v 7.1.3', 'rails', '7.1.3', 'exact'],
    ['gem install rails --version "~> 7.1"', 'rails', '~> 7.1', 'range'],
    ['gem install rails', 'rails', undefined, 'none'],
    ['go install golang.org/x/tools/gopls@v0.15.3', 'golang.org/x/tools/gopls', 'v0.15.3', 'exact'],
    ['go install golang.org/x/tools/gopls@latest', 'golang.org/x/tools/gopls', 'latest', 'none'],
    ['cargo install ripgrep --version 14.1.0', 'ripgrep', '14.1.0', 'exact'],
    ['cargo install ripgrep@14.1.0', 'ripgrep', '14.1.0', 'exact'],
    ['cargo install --locked ripgrep', 'ripgrep', undefined, 'none'],
    ['dnf module install -y nodejs:20', 'nodejs', '20', 'exact'],
    ['dnf module install -y nodejs', 'nodejs', undefined, 'none'],
    ['yum group install -y "Development Tools"', 'Development Tools', undefined, 'local'],
    ['yarn global add pm2@5.3.1', 'pm2', '5.3.1', 'exact'],
  ])('%s: %s at %s is %s', (line, name, version, pin) => {
    const [operand] = read(line)!.packages;
    expect([operand?.name, operand?.version, operand?.pin]).toEqual([name, version, pin]);
  });

  test.each([
    ['apt-get clean', 'clean'],
    ['apk cache clean', 'clean'],
    ['dnf clean all', 'clean'],
    ['zypper cc -a', 'clean'],
    ['yarn cache clean', 'clean'],
    ['npm cache clean --force', 'clean'],
    ['pip cache purge', 'clean'],
    ['apt-get update', 'refresh'],
    ['microdnf upgrade', 'upgrade'],
    ['yum update -y', 'upgrade'],
    ['apk upgrade', 'upgrade'],
    ['zypper dup', 'upgrade'],
    ['gem i rake', 'install'],
    ['apk del .build-deps', 'remove'],
    ['dnf module install nodejs:20', 'install'],
    ['yum groups install "Development Tools"', 'install'],
  ])('%s is a %s step', (line, step) => {
    expect(read(line)!.step).toBe(step);
  });
});

describe('the package commands of a RUN', () => {
  test.each([
    [
      '&&, ; and ||',
      'RUN apt-get update && apt-get install -y curl; pip3 install x || npm i -g y\n',
      ['apt-get refresh', 'apt-get install', 'pip install', 'npm install'],
    ],
    [
      'continuation lines',
      'RUN apk add \\\n    --no-cache \\\n    curl \\\n && apk cache clean\n',
      ['apk install', 'apk clean'],
    ],
    ['a heredoc script', 'RUN <<EOF\nset -e\ndnf install -y tar\ndnf clean all\nEOF\n', ['dnf install', 'dnf clean']],
    ['sh -c', `RUN sh -c 'gem install rails && go install x@v1'\n`, ['gem install', 'go install']],
    ['bash -ec nested in sh -c', `RUN sh -c "bash -ec 'zypper -n in curl'"\n`, ['zypper install']],
    [
      'exec form through a shell',
      'RUN ["/bin/bash", "-c", "cargo install ripgrep && yarn cache clean"]\n',
      ['cargo install', 'yarn clean'],
    ],
    ['exec form of the manager itself', 'RUN ["microdnf", "install", "-y", "tar"]\n', ['microdnf install']],
    ['a data heredoc is not a script', 'RUN cat <<EOF > /etc/x\napt-get install curl\nEOF\n', []],
  ])('%s', (_name, run, expected) => {
    expect(brief(packagesOf(`FROM debian:12\n${run}`))).toEqual(expected);
  });

  test('packages under a PowerShell SHELL are not read as POSIX commands', () => {
    const text =
      'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN pip install x\n';
    expect(packagesOf(text)).toEqual([]);
  });

  test('readPackageCommands keeps only package managers', () => {
    expect(
      readPackageCommands(splitShell('apt-get update && echo hi && pip3 install x')).map((command) => command.manager),
    ).toEqual(['apt-get', 'pip']);
  });
});
