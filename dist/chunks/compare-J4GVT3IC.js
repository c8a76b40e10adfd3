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
} from "./chunk-BXGACDN3.js";
import "./chunk-GAO2A2W7.js";
import "./chunk-TD355DBQ.js";
import "./chunk-33RRGAPY.js";
import "./chunk-RKI75XF3.js";
export {
  classifyPair,
  compareResults,
  designFor,
  familyFor,
  familyOf,
  isFamilyMember,
  isStochasticPair
};
