import '../../compile-cache.js';
import * as core from '@actions/core';
import { describeError } from '../../core/errors.js';
import { run } from './main.js';

try {
  await run();
} catch (error) {
  core.setFailed(describeError(error));
}
