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
} from "./chunk-62PV5BLC.js";
import "./chunk-2D3KAPYV.js";
export {
  classifyPair,
  compareResults,
  designFor,
  familyFor,
  familyOf,
  isFamilyMember,
  isStochasticPair
};
