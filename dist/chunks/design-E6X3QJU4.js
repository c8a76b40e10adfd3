#!/usr/bin/env node
import { createRequire as __evalgateCreateRequire } from 'node:module';
const require = __evalgateCreateRequire(import.meta.url);
import {
  BASELINE_FACTOR,
  DESIGN_SHARE,
  DETERMINISTIC_TRIALS,
  FUTILITY_SHARE,
  baselineTarget,
  binomialAtMost,
  checkDesignLimits,
  criticalPasses,
  decideHead,
  designBaseRate,
  familyAlpha,
  futilityLogLikelihoodRatio,
  futilityThreshold,
  minTrialsToDecide,
  minimumDetectableDrop,
  planHead
} from "./chunk-GAO2A2W7.js";
import "./chunk-33RRGAPY.js";
import "./chunk-RKI75XF3.js";
export {
  BASELINE_FACTOR,
  DESIGN_SHARE,
  DETERMINISTIC_TRIALS,
  FUTILITY_SHARE,
  baselineTarget,
  binomialAtMost,
  checkDesignLimits,
  criticalPasses,
  decideHead,
  designBaseRate,
  familyAlpha,
  futilityLogLikelihoodRatio,
  futilityThreshold,
  minTrialsToDecide,
  minimumDetectableDrop,
  planHead
};
