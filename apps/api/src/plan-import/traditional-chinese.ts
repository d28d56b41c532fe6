import * as OpenCC from 'opencc-js';

/**
 * Plans from an old converter or a traditional-character source arrive in traditional
 * characters. The parser and the department matcher work on simplified text; the original text is
 * kept in the draft for display next to each task. A simplified document with a stray traditional
 * character (a typo such as "辦法") is left exactly as written: only a document that is mostly
 * traditional is converted.
 */
const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

/** Share of Han characters that must change for a document to count as traditional. */
const TRADITIONAL_SHARE = 0.02;
const HAN = /\p{Script=Han}/u;

export interface NormalisedScript {
  /** The text the parser reads: simplified. */
  text: string;
  /** Whether the document was in traditional characters and was converted. */
  converted: boolean;
}

export function normaliseToSimplified(original: string): NormalisedScript {
  const simplified = toSimplified(original);
  if (simplified === original) return { text: original, converted: false };
  const originalChars = [...original];
  const simplifiedChars = [...simplified];
  let han = 0;
  let changed = 0;
  originalChars.forEach((char, index) => {
    if (!HAN.test(char)) return;
    han++;
    if (simplifiedChars[index] !== char) changed++;
  });
  return changed > han * TRADITIONAL_SHARE
    ? { text: simplified, converted: true }
    : { text: original, converted: false };
}
