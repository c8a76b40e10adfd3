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
} from "./chunk-HRGB3AOQ.js";
import "./chunk-2HIEPCQ4.js";
export {
  classifyPair,
  compareResults,
  designFor,
  familyFor,
  familyOf,
  isFamilyMember,
  isStochasticPair
};
