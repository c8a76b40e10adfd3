#!/usr/bin/env node
import { createRequire as __evalgateCreateRequire } from 'node:module';
const require = __evalgateCreateRequire(import.meta.url);
import {
  classifyPair,
  compareResults,
  designFor,
  familyFor,
  familyOf,
  isFamilyMember,
  isStochasticPair
} from "./chunk-RNWNQW6N.js";
import "./chunk-KUUKKRCY.js";
import "./chunk-TD355DBQ.js";
import "./chunk-WQXMELUS.js";
export {
  classifyPair,
  compareResults,
  designFor,
  familyFor,
  familyOf,
  isFamilyMember,
  isStochasticPair
};
