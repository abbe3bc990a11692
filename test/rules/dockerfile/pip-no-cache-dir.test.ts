import rule from '../../../src/rules/dockerfile/pip-no-cache-dir.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM python:3.12-slim\nRUN pip install --no-cache-dir -r requirements.txt\n',
    'FROM python:3.12-slim\nENV PIP_NO_CACHE_DIR=1\nRUN pip install -r requirements.txt\n',
    'FROM python:3.12-slim\nRUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt\n',
    'FROM python:3.12-slim AS build\nRUN pip wheel -r requirements.txt && pip install flask\nFROM python:3.12-slim\n',
    'FROM python:3.12-slim\nRUN pip download flask\n',
  ],
  invalid: [
    {
      code: 'FROM python:3.12-slim\nRUN pip install -r requirements.txt\n',
      errors: [{ messageId: 'cache', line: 2, column: 9, endColumn: 16 }],
    },
    {
      code: 'FROM python:3.12-slim\nRUN python3 -m pip install flask==3.0.2\n',
      errors: [{ messageId: 'cache', line: 2, column: 20 }],
    },
  ],
});
