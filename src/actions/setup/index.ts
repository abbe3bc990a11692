import '../../compile-cache.js';
import * as core from '@actions/core';
import { describeError } from '../../core/errors.js';
import { post, run } from './main.js';

const isPost = core.getState('isPost') === 'true';
if (!isPost) core.saveState('isPost', 'true');
try {
  await (isPost ? post() : run());
} catch (error) {
  core.setFailed(describeError(error));
}
