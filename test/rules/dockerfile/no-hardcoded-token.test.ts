import rule from '../../../src/rules/dockerfile/no-hardcoded-token.js';
import { ruleTester } from '../../helpers/rule-tester.js';

// Built from parts so this file itself does not look like it holds live credentials.
const github = `ghp_${'a1B2c3D4e5'.repeat(3)}abcdef`;
const gitlab = `glpat-${'xY9_zW8-vU'.repeat(2)}`;
const aws = `AKIA${'ABCDEFGHIJKLMNOP'}`;
const slack = `xoxb-${'1234567890'}-abcdefghij`;
const npm = `npm_${'0123456789abcdefghijklmnopqrstuvwxyz'}`;

ruleTester(rule, {
  valid: [
    'FROM node:20\nRUN --mount=type=secret,id=npm,env=NPM_TOKEN npm ci\n',
    'FROM node:20\nENV GITHUB_TOKEN_FILE=/run/secrets/github\n',
    'FROM node:20\nLABEL org.opencontainers.image.revision=0123456789abcdef0123456789abcdef01234567\n',
  ],
  invalid: [
    {
      code: `FROM node:20\nENV GITHUB_TOKEN=${github}\n`,
      errors: [{ messageId: 'token', line: 2, column: 18, endColumn: 18 + github.length, message: /GitHub token/ }],
    },
    {
      code: `FROM node:20\nRUN git clone https://oauth2:${gitlab}@gitlab.com/acme/app.git\n`,
      errors: [{ messageId: 'token', line: 2, column: 30, message: /GitLab token/ }],
    },
    {
      code: `FROM node:20\nARG AWS_ACCESS_KEY_ID=${aws}\n`,
      errors: [{ messageId: 'token', line: 2, column: 23, message: /AWS access key id/ }],
    },
    {
      code: `FROM node:20\nRUN echo "//registry.example.com/:_authToken=${npm}" > .npmrc \\\n && curl -H "Authorization: Bearer ${slack}" https://slack.com/api/x\n`,
      errors: [
        { messageId: 'token', line: 2, column: 46 },
        { messageId: 'token', line: 3, column: 36, message: /Slack token/ },
      ],
    },
    {
      name: 'comment lines count too',
      code: `FROM node:20\n# token for CI: ${github}\nRUN npm ci\n`,
      errors: [{ messageId: 'token', line: 2, column: 17 }],
    },
    {
      code: 'FROM node:20\nRUN <<EOF\ncat > /root/key <<KEY\n-----BEGIN OPENSSH PRIVATE KEY-----\nKEY\nEOF\n',
      errors: [{ messageId: 'token', line: 4, column: 1, message: /private key/ }],
    },
  ],
});
