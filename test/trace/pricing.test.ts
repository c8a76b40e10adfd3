import { describe, expect, it } from 'vitest';
import { applyPricing, findPrice, priceStep } from '../../src/trace/pricing.js';
import { parseTrace } from '../../src/trace/parse.js';
import type { Pricing, Step } from '../../src/types.js';

const pricing: Pricing = {
  'gpt-4.1-mini': { input: 0.4, output: 1.6, cached_input: 0.1 },
  'gpt-4.1': { input: 2, output: 8 },
  'Claude-Sonnet': { input: 3, output: 15 },
};

describe('findPrice', () => {
  it.each([
    ['gpt-4.1-mini', 'gpt-4.1-mini'],
    ['GPT-4.1-MINI', 'gpt-4.1-mini'],
    ['openai/gpt-4.1-mini', 'gpt-4.1-mini'],
    ['gpt-4.1-mini-2025-04-14', 'gpt-4.1-mini'], // longest prefix wins over gpt-4.1
    ['gpt-4.1-2025-04-14', 'gpt-4.1'],
    ['claude-sonnet', 'Claude-Sonnet'],
    ['gpt-4.10', undefined], // a prefix must end at "-"
    ['mock', undefined],
  ])('%s -> %s', (model, key) => {
    expect(findPrice(pricing, model)).toBe(key === undefined ? undefined : pricing[key]);
  });
});

describe('priceStep', () => {
  it('prices input, cached input and output per million tokens', () => {
    const step: Step = { type: 'llm', name: 'x', model: 'gpt-4.1-mini', input_tokens: 1_000_000, cached_input_tokens: 400_000, output_tokens: 500_000 };
    // 600k * 0.4 + 400k * 0.1 + 500k * 1.6 = 0.24 + 0.04 + 0.8
    expect(priceStep(step, pricing['gpt-4.1-mini'])).toBeCloseTo(1.08, 12);
    // without cached_input, cached tokens cost the input price
    expect(priceStep({ ...step, model: 'gpt-4.1' }, pricing['gpt-4.1'])).toBeCloseTo(2 + 4, 12);
  });
});

describe('applyPricing', () => {
  const llm = (extra: Partial<Step>): Step => ({ type: 'llm', name: 'x', model: 'gpt-4.1', input_tokens: 1000, output_tokens: 100, ...extra });
  it.each([
    ['prices steps with tokens and a model but no cost', [llm({})], false, 'priced', [0.0028]],
    ['keeps a reported step cost', [llm({ cost_usd: 0.5 })], false, 'reported', [0.5]],
    ['prices the unreported steps next to reported ones', [llm({ cost_usd: 0.5 }), llm({})], false, 'priced', [0.5, 0.0028]],
    ['leaves steps without a model or tokens alone', [llm({ model: undefined }), llm({ input_tokens: 0, output_tokens: 0 })], false, 'none', [undefined, undefined]],
    ['a total the harness reported is its word', [llm({})], true, 'reported', [undefined]],
  ] as const)('%s', (_label, steps, total, source, costs) => {
    const r = applyPricing(steps as unknown as Step[], pricing, total);
    expect(r.cost_source).toBe(source);
    expect(r.steps.map((s) => s.cost_usd)).toEqual(costs);
  });

  it('warns about models the table does not price', () => {
    expect(applyPricing([llm({ model: 'mystery' })], pricing, false)).toMatchObject({
      cost_source: 'none',
      warnings: ['no price for model(s) "mystery" in evalgate.yml pricing: their steps cost 0'],
    });
    expect(applyPricing([llm({ model: 'mystery' })], {}, false).warnings).toEqual([]);
  });

  it('feeds the trace usage through parseTrace, so max_cost_usd can gate a harness that reports no cost', () => {
    const text = JSON.stringify({ output: 'ok', steps: [llm({}), llm({})] });
    const r = parseTrace(text, 0, 'stdout', { pricing });
    expect(r.ok && r.trace.usage.cost_usd).toBeCloseTo(0.0056, 12);
    expect(r.ok && r.cost_source).toBe('priced');
    const unpriced = parseTrace(text, 0);
    expect(unpriced.ok && [unpriced.trace.usage.cost_usd, unpriced.cost_source]).toEqual([0, 'none']);
  });
});
