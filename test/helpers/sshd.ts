import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { freePort } from './ports.js';

export interface SshServer {
  host: string;
  port: number;
  identityFile: string;
  knownHostsFile: string;
  stop(): Promise<void>;
}

/** Starts a real OpenSSH server on 127.0.0.1 with its own host key and an authorised client key under `dir`. */
export async function startSshd(dir: string): Promise<SshServer> {
  mkdirSync(dir, { recursive: true });
  mkdirSync('/run/sshd', { recursive: true });
  const hostKey = join(dir, 'host_ed25519');
  const clientKey = join(dir, 'client_ed25519');
  execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', hostKey]);
  execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', clientKey]);
  writeFileSync(join(dir, 'authorized_keys'), readFileSync(`${clientKey}.pub`));
  const port = await freePort();
  const hostPub = readFileSync(`${hostKey}.pub`, 'utf8').trim().split(' ').slice(0, 2).join(' ');
  writeFileSync(join(dir, 'known_hosts'), `[127.0.0.1]:${port} ${hostPub}\n`);
  writeFileSync(
    join(dir, 'sshd_config'),
    [
      `Port ${port}`,
      'ListenAddress 127.0.0.1',
      `HostKey ${hostKey}`,
      `AuthorizedKeysFile ${join(dir, 'authorized_keys')}`,
      `PidFile ${join(dir, 'sshd.pid')}`,
      'UsePAM no',
      'StrictModes no',
      'PasswordAuthentication no',
      'KbdInteractiveAuthentication no',
      'PermitRootLogin prohibit-password',
      '',
    ].join('\n'),
  );
  const child: ChildProcess = spawn(
    '/usr/sbin/sshd',
    ['-D', '-f', join(dir, 'sshd_config'), '-E', join(dir, 'sshd.log')],
    { stdio: 'ignore' },
  );
  // Ready when a client can run a command.
  const deadline = Date.now() + 10_000;
  const host = `${userInfo().username}@127.0.0.1`;
  const args = [
    '-o',
    'BatchMode=yes',
    '-o',
    `UserKnownHostsFile=${join(dir, 'known_hosts')}`,
    '-i',
    clientKey,
    '-p',
    String(port),
    host,
    'true',
  ];
  for (;;) {
    try {
      execFileSync('ssh', args, { stdio: 'ignore' });
      break;
    } catch (_error) {
      if (Date.now() > deadline) throw new Error(`sshd did not start: ${readFileSync(join(dir, 'sshd.log'), 'utf8')}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    host,
    port,
    identityFile: clientKey,
    knownHostsFile: join(dir, 'known_hosts'),
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
