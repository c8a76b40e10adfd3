// diffHarness: every harness field a PR can change is flagged, secrets never shown.
import { describe, expect, it } from 'vitest';
import { diffHarness } from '../../src/engine/harness-change.js';
import { buildDefaultConfig } from '../../src/case/config.js';
import type { HarnessConfig } from '../../src/types.js';

const base: HarnessConfig = { ...buildDefaultConfig('node agent.js').harness, env: { MODEL: 'm1', OPENAI_API_KEY: 'sk-base-value-1234' }, paths: ['agent/**'] };

describe('diffHarness', () => {
  it.each<[string, Partial<HarnessConfig>, Array<[string, string | null, string | null]>]>([
    ['nothing', {}, []],
    ['command', { command: 'node canned.js' }, [['harness.command', 'node agent.js', 'node canned.js']]],
    ['protocol', { protocol: 'jsonl' }, [['harness.protocol', 'exec', 'jsonl']]],
    ['timeout', { timeout_ms: 1 }, [['harness.timeout_ms', String(base.timeout_ms), '1']]],
    ['retries', { retries: 9 }, [['harness.retries', String(base.retries), '9']]],
    ['paths', { paths: ['elsewhere/**'] }, [['harness.paths', 'agent/**', 'elsewhere/**']]],
    ['paths reordered only', { paths: ['agent/**'] }, []],
    ['plain env', { env: { MODEL: 'm2', OPENAI_API_KEY: 'sk-base-value-1234' } }, [['harness.env.MODEL', 'm1', 'm2']]],
    ['secret env', { env: { MODEL: 'm1', OPENAI_API_KEY: 'sk-head-value-9999' } }, [['harness.env.OPENAI_API_KEY', '***', '***']]],
  ])('%s', (_name, change, want) => {
    const got = diffHarness(base, { ...base, ...change });
    expect(got.map((c) => [c.field, c.base, c.head])).toEqual(want);
    expect(JSON.stringify(got)).not.toMatch(/sk-(base|head)-value/);
  });

  it('no base harness (a new config) is no change', () => {
    expect(diffHarness(null, base)).toEqual([]);
  });
});
