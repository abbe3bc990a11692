import rule from '../../../src/rules/github-actions/adhoc-packages.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const run = (script: string): string =>
  `on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: ${script}\n`;
const block = (lines: string[]): string =>
  `on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n${lines.map((line) => `          ${line}\n`).join('')}`;

ruleTester(rule, {
  valid: [
    run('npm ci'),
    run('npm install'),
    run('npm install --no-audit --no-fund'),
    run('bundle install --jobs 4'),
    run('gem build shipshape.gemspec'),
    run('gem install --help'),
    run('npm install ./vendor/tool.tgz'),
    run('echo "run npm install later"'),
    run('yarn install --frozen-lockfile'),
    run('npm install ${{ matrix.package.name }}@${{ matrix.package.version }}'),
  ],
  invalid: [
    {
      code: run('npm install left-pad'),
      errors: [
        {
          messageId: 'adhoc',
          line: 6,
          column: 14,
          endColumn: 25,
          message: /`npm install` installs `left-pad` by name/,
        },
      ],
    },
    {
      code: run('gem install --no-document rubocop -v 1.60.0'),
      errors: [{ messageId: 'adhoc', line: 6, column: 14, message: /installs `rubocop` by name/ }],
    },
    {
      code: block(['echo start', 'npm i -g typescript@5 eslint && gem i rake', 'yarn add chalk']),
      errors: [
        { messageId: 'adhoc', line: 8, column: 11, message: /installs `typescript@5`, `eslint`/ },
        { messageId: 'adhoc', line: 8, column: 43, message: /`gem i` installs `rake`/ },
        { messageId: 'adhoc', line: 9, column: 11, message: /`yarn add` installs `chalk`/ },
      ],
    },
  ],
});
