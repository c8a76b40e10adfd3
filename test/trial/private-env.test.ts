import { describe, expect, it } from 'vitest';
import { isPrivateVariable } from '../../src/adapters/harness.js';

describe('isPrivateVariable: what never reaches harness processes (untrusted PR code)', () => {
  it.each([
    ['EVALGATE_HOLDOUT_KEY', true],
    ['INPUT_GITHUB-TOKEN', true],
    ['INPUT_HOLDOUT-KEY', true],
    ['ACTIONS_RUNTIME_TOKEN', true],
    ['ACTIONS_ID_TOKEN_REQUEST_TOKEN', true],
    ['PATH', false],
    ['HOME', false],
    ['MODEL_API_KEY', false],
    ['GITHUB_SHA', false],
  ])('%s -> %s', (name, expected) => expect(isPrivateVariable(name)).toBe(expected));
});
