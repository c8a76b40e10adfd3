#!/usr/bin/env node
import { createRequire as __evalgateCreateRequire } from 'node:module';
const require = __evalgateCreateRequire(import.meta.url);

// src/types.ts
var FAILURE_CLASSES = ["tool_error", "bad_decision", "bad_output", "timeout", "cost_blowup"];
var CHECK_LEVELS = ["system", "trace", "node"];
var DEFAULT_MAX_TRIALS = 200;
var DEFAULT_MAX_BASELINE_TRIALS = 400;

export {
  FAILURE_CLASSES,
  CHECK_LEVELS,
  DEFAULT_MAX_TRIALS,
  DEFAULT_MAX_BASELINE_TRIALS
};
