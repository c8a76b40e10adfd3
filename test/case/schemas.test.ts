import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import caseSchema from '../../src/schemas/case.schema.json' with { type: 'json' };
import configSchema from '../../src/schemas/config.schema.json' with { type: 'json' };
import resultsSchema from '../../src/schemas/results.schema.json' with { type: 'json' };
import traceSchema from '../../src/schemas/trace.schema.json' with { type: 'json' };
import { CHECK_TYPES } from '../../src/case/case.js';
import { DEFAULT_TRIAGE, buildDefaultConfig } from '../../src/case/config.js';

describe('shipped JSON Schemas', () => {
  it.each([
    ['case', caseSchema, 'https://evalgate.dev/schemas/case.schema.json'],
    ['config', configSchema, 'https://evalgate.dev/schemas/config.schema.json'],
  ])('%s schema is draft-07 with an $id and compiles in strict mode', (_name, schema, id) => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.$id).toBe(id);
    const ajv = new Ajv({ strict: true, strictRequired: false, allowUnionTypes: true });
    expect(() => ajv.compile(schema)).not.toThrow();
  });

  // evalgate compiles its own schemas with validateSchema: false (start-up time); this is the check.
  it.each([
    ['case', caseSchema],
    ['config', configSchema],
    ['results', resultsSchema],
    ['trace', traceSchema],
  ])('%s schema is valid against the draft-07 meta-schema', (_name, schema) => {
    const ajv = new Ajv({ strict: false });
    expect(ajv.validateSchema(schema), JSON.stringify(ajv.errors)).toBe(true);
  });

  it('has one branch per check type, each closed to unknown keys and documented', () => {
    const defs = caseSchema.definitions as Record<string, { additionalProperties?: boolean; description?: string }>;
    expect(caseSchema.definitions.check.properties.type.enum).toEqual([...CHECK_TYPES]);
    for (const t of CHECK_TYPES) {
      expect(defs[t]?.additionalProperties, t).toBe(false);
      expect(defs[t]?.description, t).toBeTruthy();
    }
  });

  it('documents the same defaults the config parser applies', () => {
    const d = buildDefaultConfig('x');
    const p = configSchema.properties;
    expect(p.harness.properties.protocol.default).toBe(d.harness.protocol);
    expect(p.harness.properties.timeout_ms.default).toBe(d.harness.timeout_ms);
    expect(p.harness.properties.retries.default).toBe(d.harness.retries);
    expect(p.harness.properties.max_output_bytes.default).toBe(d.harness.max_output_bytes);
    expect(p.cases.default).toBe(d.cases);
    expect(p.concurrency.default).toBe(d.concurrency);
    expect(p.trials.default).toBe(d.trials);
    expect(p.max_trials.default).toBe(d.max_trials);
    for (const [k, v] of Object.entries(d.gate)) {
      if (k === 'budgets') continue;
      expect((p.gate.properties as unknown as Record<string, { default: unknown }>)[k].default, k).toEqual(v);
    }
    for (const [k, v] of Object.entries(d.gate.budgets)) {
      expect((p.gate.properties.budgets.properties as unknown as Record<string, { default: unknown }>)[k].default, k).toEqual(v);
    }
    expect(Object.keys(p.triage.properties).sort()).toEqual(Object.keys(DEFAULT_TRIAGE).sort());
  });
});
