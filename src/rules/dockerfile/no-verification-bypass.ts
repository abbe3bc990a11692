import { defineRule } from '../../core/rule.js';
import type { DockerInstruction } from '../../domains/dockerfile/index.js';
import type { ShellCommand } from '../../domains/dockerfile/shell.js';
import { argPairs } from '../../domains/dockerfile/parse.js';
import { textOf } from './support/locate.js';
import { envPairs } from './support/stages.js';

interface Bypass {
  argIndex: number;
  what: string;
}

/** Options that switch off TLS certificate or package signature checks, per program. */
function bypassIn(command: ShellCommand): Bypass | undefined {
  const { name, args } = command;
  const find = (test: (arg: string, index: number) => boolean, what: string): Bypass | undefined => {
    const argIndex = args.findIndex(test);
    return argIndex === -1 ? undefined : { argIndex, what };
  };
  switch (name) {
    case 'curl':
      return find(
        (arg) => arg === '--insecure' || /^-[A-Za-z]*k[A-Za-z]*$/.test(arg),
        'curl --insecure skips TLS certificate checks',
      );
    case 'wget':
      return find(
        (arg) => arg === '--no-check-certificate',
        'wget --no-check-certificate skips TLS certificate checks',
      );
    case 'apk':
      return find((arg) => arg === '--allow-untrusted', 'apk --allow-untrusted installs unsigned packages');
    case 'apt-get':
    case 'apt':
      return find(
        (arg) =>
          /^--allow-(?:unauthenticated|insecure-repositories)$/.test(arg) ||
          /AllowUnauthenticated|Verify-Peer=false|Verify-Host=false/i.test(arg),
        `${name} accepts unsigned or unverified packages`,
      );
    case 'yum':
    case 'dnf':
    case 'microdnf':
    case 'rpm':
      return find(
        (arg) => arg === '--nogpgcheck' || arg === '--nosignature' || /^--setopt=sslverify=(?:0|false)/i.test(arg),
        `${name} skips package signature checks`,
      );
    case 'git':
      return find(
        (arg, i) =>
          /^http\.sslVerify=(?:false|0)$/i.test(arg) ||
          (arg === 'http.sslVerify' && /^(?:false|0)$/i.test(args[i + 1] ?? '')),
        'git skips TLS certificate checks',
      );
    case 'npm':
    case 'yarn':
    case 'pnpm':
      return find(
        (arg, i) =>
          (arg === 'strict-ssl' && /^(?:false|0)$/i.test(args[i + 1] ?? '')) || /^--strict-ssl=false$/.test(arg),
        `${name} skips TLS certificate checks`,
      );
  }
  if (/^pip\d*(?:\.\d+)*$/.test(name) || (/^python/.test(name) && args.includes('pip'))) {
    return find(
      (arg) => arg === '--trusted-host' || arg.startsWith('--trusted-host=') || arg === 'global.trusted-host',
      'pip --trusted-host skips TLS certificate checks',
    );
  }
  return undefined;
}

/** Environment variables that switch off TLS verification for a whole toolchain. */
const INSECURE_ENV: Record<string, RegExp> = {
  PYTHONHTTPSVERIFY: /^0$/,
  NODE_TLS_REJECT_UNAUTHORIZED: /^0$/,
  GIT_SSL_NO_VERIFY: /^(?:1|true|yes)$/i,
  NPM_CONFIG_STRICT_SSL: /^(?:false|0)$/i,
  PIP_TRUSTED_HOST: /./,
};

export default defineRule({
  meta: {
    id: 'docker/no-verification-bypass',
    domain: 'dockerfile',
    description: 'Downloads and package installs must keep TLS certificate and signature checks on.',
    category: 'security',
    defaultSeverity: 'error',
    recommended: true,
    securitySeverity: 7.5,
    messages: {
      command:
        '{{what}}: anyone on the network path can swap what gets installed. Trust the right CA (COPY it into the CA store) instead.',
      env: '`{{name}}={{value}}` turns off TLS certificate checks for every later download, and at run time too: trust the right CA instead.',
    },
    equivalents: {
      checkov: [
        'CKV2_DOCKER_2',
        'CKV2_DOCKER_3',
        'CKV2_DOCKER_4',
        'CKV2_DOCKER_5',
        'CKV2_DOCKER_6',
        'CKV2_DOCKER_7',
        'CKV2_DOCKER_8',
      ],
    },
  },
  create(context) {
    const env = (instruction: DockerInstruction, pairs: [string, string | undefined][]): void => {
      for (const [name, value] of pairs) {
        const insecure = INSECURE_ENV[name];
        if (!insecure || value === undefined || !insecure.test(value)) continue;
        context.report({ at: textOf(context.model, instruction).word(name), messageId: 'env', data: { name, value } });
      }
    };
    return {
      ENV: (instruction: DockerInstruction) => env(instruction, envPairs(instruction.args)),
      ARG: (instruction: DockerInstruction) => env(instruction, argPairs(instruction.args)),
      RUN(instruction: DockerInstruction) {
        for (const command of instruction.commands) {
          const bypass = bypassIn(command);
          if (!bypass) continue;
          const at = textOf(context.model, instruction).arg(command, bypass.argIndex);
          context.report({ at, messageId: 'command', data: { what: bypass.what } });
        }
      },
    };
  },
});
