import '../../compile-cache.js';
import * as core from '@actions/core';
import { UsageError, describeError } from '../../core/errors.js';
import { run } from './main.js';

try {
  await run();
} catch (error) {
  core.setFailed(
    error instanceof UsageError
      ? `shipshape rollback: ${error.message}`
      : `shipshape rollback: internal error: ${describeError(error)}`,
  );
}
