// Which convention a span follows. Asked in a fixed order because conventions overlap:
// OpenLLMetry workflow/tool spans also carry gen_ai.operation.name, and AI SDK spans also
// carry gen_ai.* attributes, so the more specific markers are asked first.
import { aiSdk } from './conventions/ai-sdk.js';
import { genAi } from './conventions/genai.js';
import { openInference } from './conventions/openinference.js';
import { openLlmetry } from './conventions/openllmetry.js';
import type { Convention } from './conventions/types.js';
import type { FlatSpan } from './spans.js';

/** Every supported convention, in detection order. */
export const CONVENTIONS: readonly Convention[] = [openLlmetry, openInference, aiSdk, genAi];

/** The convention `span` follows, or undefined when it follows none we know. */
export function detectConvention(span: FlatSpan): Convention | undefined {
  return CONVENTIONS.find((c) => c.matches(span));
}
