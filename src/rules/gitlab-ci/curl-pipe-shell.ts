import { defineRule } from '../../core/rule.js';
import { commands } from './support/util.js';
import type { GitlabJob } from '../../domains/gitlab-ci/index.js';

const PIPE_TO_SHELL =
  /\b(?:curl|wget)\b[^|\n]*\|\s*(?:sudo\s+(?:-\S+\s+)*)?(?:ba|z|da|k)?sh\b|\b(?:ba|z|da|k)?sh\s+(?:-c\s+)?["']?\$\((?:curl|wget)\b|\b(?:bash|source|\.)\s+<\((?:curl|wget)\b/;
const DOWNLOAD_TO_FILE =
  /\b(?:curl\b[^|\n]*\s(?:-o|--output|-O|--remote-name)\b|wget\b(?![^|\n]*\s-O\s*-)[^|\n]*\s\S*https?:)/;
const EXECUTES =
  /\bchmod\s+(?:-\S+\s+)*(?:[ugoa]*\+[rw]*x|0?[0-7]*[1357][0-7]{0,2}\b)|\b(?:ba|z|da|k)?sh\s+\.?\/?[\w./-]+\.sh\b|\bdpkg\s+-i\b|\brpm\s+-i|\binstall\s+-m|\bsudo\s+mv\b/;
const VERIFIES =
  /\b(?:sha(?:1|224|256|384|512)sum|shasum|md5sum|b2sum|gpg\s+--verify|gpgv|cosign\s+verify|minisign|slsa-verifier|--checksum)\b/;

/** The file a download line writes: `-o FILE`, `--output FILE`, `wget -O FILE`, or the URL's last segment. */
function downloadTarget(text: string): string | undefined {
  const named = /\s(?:-[a-zA-Z]*[oO]|--output|--output-document)[\s=]+(?!-\s)(\S+)/.exec(text);
  const path = named?.[1] ?? /https?:\/\/\S*\/([^/\s?#'"]+)/.exec(text)?.[1];
  const base = path
    ?.replace(/^["']|["']$/g, '')
    .split('/')
    .pop();
  return base && base !== '-' && !base.startsWith('$') ? base : undefined;
}

/** A command that makes `base` executable, installs it, or runs it. */
function executes(text: string, base: string): boolean {
  return commands(text).some((part) => {
    if (!part.text.includes(base)) return false;
    const words = part.text
      .trim()
      .split(/\s+/)
      .filter((word) => word !== 'sudo' && !/^-/.test(word));
    const command = words[0] ?? '';
    return EXECUTES.test(part.text) || command === base || command.endsWith(`/${base}`);
  });
}

export default defineRule({
  meta: {
    id: 'gitlab/curl-pipe-shell',
    domain: 'gitlab-ci',
    description:
      'Scripts fetched and run in one go (`curl … | sh`), and downloaded binaries run without a checksum or signature check.',
    category: 'security',
    defaultSeverity: 'warning',
    recommended: true,
    securitySeverity: 6.0,
    messages: {
      pipe: 'A script downloaded here is run without being verified: download it to a file, check its SHA-256, then run it.',
      unverified:
        'This download is made executable or installed, and the job never checks a checksum or signature (`sha256sum -c`, `gpg --verify`, `cosign verify`).',
    },
    equivalents: { poutine: ['unverified_script_exec'] },
  },
  create(context) {
    return {
      job(job: GitlabJob) {
        const lines = job.scripts;
        const verifies = lines.some((line) => VERIFIES.test(line.text));
        for (const [index, line] of lines.entries()) {
          const pipe = PIPE_TO_SHELL.exec(line.text);
          if (pipe) {
            context.report({ at: context.model.find(line.node, pipe[0], line.path), messageId: 'pipe' });
            continue;
          }
          const download = DOWNLOAD_TO_FILE.exec(line.text);
          const target = download ? downloadTarget(line.text) : undefined;
          if (!download || !target || verifies) continue;
          if (lines.slice(index).some((later) => executes(later.text, target)))
            context.report({ at: context.model.find(line.node, download[0], line.path), messageId: 'unverified' });
        }
      },
    };
  },
});
