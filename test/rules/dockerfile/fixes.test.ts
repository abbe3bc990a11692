import type { Rule } from '../../../src/core/rule.js';
import { applyFixes } from '../../../src/fix/edits.js';
import aptGetAssumeYes from '../../../src/rules/dockerfile/apt-get-assume-yes.js';
import aptNoInstallRecommends from '../../../src/rules/dockerfile/apt-no-install-recommends.js';
import apkNoCache from '../../../src/rules/dockerfile/apk-no-cache.js';
import copyDestTrailingSlash from '../../../src/rules/dockerfile/copy-dest-trailing-slash.js';
import envKeyValueFormat from '../../../src/rules/dockerfile/env-key-value-format.js';
import execFormCmd from '../../../src/rules/dockerfile/exec-form-cmd.js';
import noMaintainer from '../../../src/rules/dockerfile/no-maintainer.js';
import noPlatformFlag from '../../../src/rules/dockerfile/no-platform-flag.js';
import npmCi from '../../../src/rules/dockerfile/npm-ci.js';
import pipNoCacheDir from '../../../src/rules/dockerfile/pip-no-cache-dir.js';
import preferCopy from '../../../src/rules/dockerfile/prefer-copy.js';
import useAptGet from '../../../src/rules/dockerfile/use-apt-get.js';
import useraddNoLogInit from '../../../src/rules/dockerfile/useradd-no-log-init.js';
import { runRule } from '../../helpers/rule-tester.js';

/** The file after applying every fix the rule attached to its findings, and whether they were all safe. */
function fixed(rule: Rule, code: string): { text: string; safe: boolean } {
  const fixes = runRule(rule, { code }).flatMap((finding) => (finding.fix ? [finding.fix] : []));
  expect(fixes.length).toBeGreaterThan(0);
  return { text: applyFixes(code, fixes).text, safe: fixes.every((fix) => fix.safe) };
}

describe('fixes of Dockerfile rules', () => {
  const cases: [Rule, string, string, boolean][] = [
    [
      aptGetAssumeYes,
      'FROM debian:12\nRUN apt-get update && apt-get install \\\n    curl\n',
      'FROM debian:12\nRUN apt-get update && apt-get install -y \\\n    curl\n',
      true,
    ],
    [
      aptNoInstallRecommends,
      'FROM debian:12\nRUN apt-get install -y curl\n',
      'FROM debian:12\nRUN apt-get install --no-install-recommends -y curl\n',
      false,
    ],
    [apkNoCache, 'FROM alpine:3.20\nRUN apk add curl\n', 'FROM alpine:3.20\nRUN apk add --no-cache curl\n', true],
    [
      pipNoCacheDir,
      'FROM python:3.12\nRUN pip install -r r.txt\n',
      'FROM python:3.12\nRUN pip install --no-cache-dir -r r.txt\n',
      true,
    ],
    [
      useAptGet,
      'FROM debian:12\nRUN apt update && apt install -y curl\n',
      'FROM debian:12\nRUN apt-get update && apt-get install -y curl\n',
      true,
    ],
    [
      noMaintainer,
      'FROM debian:12\nMAINTAINER Jane <jane@example.com>\n',
      'FROM debian:12\nLABEL org.opencontainers.image.authors="Jane <jane@example.com>"\n',
      true,
    ],
    [
      envKeyValueFormat,
      'FROM debian:12\nENV GREETING hello world\n',
      'FROM debian:12\nENV GREETING="hello world"\n',
      true,
    ],
    [
      preferCopy,
      'FROM debian:12\nADD --chown=app conf/ /etc/app/\n',
      'FROM debian:12\nCOPY --chown=app conf/ /etc/app/\n',
      true,
    ],
    [
      copyDestTrailingSlash,
      'FROM node:20\nCOPY a.json b.json /app\n',
      'FROM node:20\nCOPY a.json b.json /app/\n',
      true,
    ],
    [
      useraddNoLogInit,
      'FROM debian:12\nRUN useradd -u 123456 app\n',
      'FROM debian:12\nRUN useradd --no-log-init -u 123456 app\n',
      true,
    ],
    [noPlatformFlag, 'FROM --platform=$TARGETPLATFORM alpine:3.20\n', 'FROM alpine:3.20\n', true],
    [
      npmCi,
      'FROM node:20\nCOPY package-lock.json ./\nRUN npm install\n',
      'FROM node:20\nCOPY package-lock.json ./\nRUN npm ci\n',
      false,
    ],
    [execFormCmd, 'FROM node:20\nCMD node "my server.js"\n', 'FROM node:20\nCMD ["node", "my server.js"]\n', false],
  ];
  test.each(cases.map(([rule, ...rest]) => [rule.meta.id, rule, ...rest] as const))(
    '%s',
    (_, rule, code, expected, safe) => {
      expect(fixed(rule, code)).toEqual({ text: expected, safe });
    },
  );

  test('apt actions apt-get does not have are left to a person', () => {
    expect(runRule(useAptGet, { code: 'FROM debian:12\nRUN apt list --installed\n' })[0]!.fix).toBeUndefined();
  });
});
