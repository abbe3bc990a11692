import { defineRule } from '../../core/rule.js';
import type { GitlabJob } from '../../domains/gitlab-ci/index.js';
import { commands } from './support/util.js';

const DOWNLOAD_TO_FILE =
  /\b(?:curl\b[^|\n]*\s(?:-[a-zA-Z]*[oO]|--output|--remote-name)\b|wget\b(?![^|\n]*\s-[a-zA-Z]*O\s*-)[^|\n]*\s\S*https?:)/;
/** A download streamed straight into an unpacker: nothing is left on disk to check. */
const DOWNLOAD_INTO_UNPACKER =
  /\b(?:curl|wget)\b[^|\n]*\|\s*(?:sudo\s+(?:-\S+\s+)*)?(?:tar|unzip|bsdtar|gunzip|xz|zstd)\b/;
const VERIFIES =
  /\b(?:sha(?:1|224|256|384|512)sum|shasum|md5sum|b2sum|openssl\s+dgst|gpg\s+--verify|gpgv|cosign\s+verify(?:-blob)?|minisign|slsa-verifier|gh\s+attestation\s+verify|--checksum)\b/;
/** Archives, packages and binaries: what is downloaded to be installed or run, not read as data. */
const ARTIFACT =
  /\.(?:tar|tgz|tbz2?|txz|tar\.(?:gz|bz2|xz|zst)|zip|7z|gz|xz|zst|deb|rpm|apk|whl|jar|war|exe|msi|pkg|dmg|appimage|run|bin|so|dylib|dll|sh)$/i;
const EXECUTES =
  /\bchmod\s+(?:-\S+\s+)*(?:[ugoa]*\+[rw]*x|0?[0-7]*[1357][0-7]{0,2}\b)|\b(?:ba|z|da|k)?sh\s+\.?\/?[\w./-]+\b|\b(?:dpkg\s+-i|rpm\s+-[iU]|apk\s+add|pip3?\s+install|java\s+-jar|tar\s+-?[a-zA-Z]*x[a-zA-Z]*|unzip|install\s+-m|sudo\s+mv)\b/;

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

/** A later command that unpacks, installs, makes executable or runs `base`. */
function uses(text: string, base: string): boolean {
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
    id: 'gitlab/download-without-checksum',
    domain: 'gitlab-ci',
    description:
      'Tools, archives and packages downloaded and then unpacked, installed or run, in a job that never checks a checksum or signature.',
    category: 'security',
    defaultSeverity: 'warning',
    recommended: true,
    securitySeverity: 6.0,
    messages: {
      unverified:
        'This download is {{use}} and the job never checks a checksum or signature: whoever controls the server (or the path to it) chooses what runs here. Compare it with a SHA-256 kept in the repository (`echo "<sha256>  {{file}}" | sha256sum -c -`) or verify its signature before using it.',
    },
    equivalents: { pipefort: ['cicd-sec-9-download-without-checksum'] },
  },
  create(context) {
    return {
      job(job: GitlabJob) {
        const lines = job.scripts;
        if (lines.some((line) => VERIFIES.test(line.text))) return;
        for (const [index, line] of lines.entries()) {
          const streamed = DOWNLOAD_INTO_UNPACKER.exec(line.text);
          if (streamed) {
            context.report({
              at: context.model.find(line.node, streamed[0], line.path),
              messageId: 'unverified',
              data: { use: 'unpacked as it arrives', file: 'the archive' },
            });
            continue;
          }
          const download = DOWNLOAD_TO_FILE.exec(line.text);
          const target = download ? downloadTarget(line.text) : undefined;
          if (!download || !target) continue;
          const used = lines.slice(index).some((later) => uses(later.text, target));
          if (!used && !ARTIFACT.test(target)) continue;
          context.report({
            at: context.model.find(line.node, download[0], line.path),
            messageId: 'unverified',
            data: { use: used ? 'unpacked, installed or run' : `an archive or binary (\`${target}\`)`, file: target },
          });
        }
      },
    };
  },
});
