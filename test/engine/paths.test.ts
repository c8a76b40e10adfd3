import { describe, expect, it } from 'vitest';
import { checkHarnessTouched } from '../../src/engine/paths.js';

const opts = { paths: ['agent/**', 'prompts/**'], cases: 'evals/cases/**/*.yaml', config: 'evalgate.yml' };

describe('checkHarnessTouched', () => {
  it.each([
    [['README.md', 'docs/x.md'], false],
    [['agent/run.js'], true],
    [['prompts/refund.txt', 'README.md'], true],
    [['evals/cases/refund/a.yaml'], true],
    [['evals/fixtures/refund.json'], true],
    [['evalgate.yml'], true],
    [['evals/holdout.enc'], true],
    [[], false],
  ])('%j -> touched %s', (changed, touched) => {
    expect(checkHarnessTouched(changed, opts).touched).toBe(touched);
  });

  it('always runs when no paths are configured', () => {
    expect(checkHarnessTouched(['README.md'], { ...opts, paths: [] }).touched).toBe(true);
  });
});
