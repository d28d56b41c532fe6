import { parseChineseNumeral } from './numerals.js';

/**
 * Outline markers that open a paragraph of a plan:
 * - part: "三、" (一级标题);
 * - group: "（一）" / "(一)" — an indicator heading, a key reform or an annex task;
 * - numbered: "23." / "23．" / "23、" — a numbered task;
 * - sub: "（1）" / "(1)" — a sub-item of a task.
 */
export type MarkerKind = 'part' | 'group' | 'numbered' | 'sub';

export const MARKER_LEVEL: Record<MarkerKind, number> = { part: 1, group: 2, numbered: 3, sub: 4 };

export interface Marker {
  kind: MarkerKind;
  number: number;
  /** The number as printed, without punctuation: "三", "23", "1". */
  label: string;
  /** The paragraph after the marker. */
  rest: string;
}

const PATTERNS: Array<[MarkerKind, RegExp]> = [
  ['part', /^([一二三四五六七八九十]{1,3})、\s*/],
  ['group', /^[（(]([一二三四五六七八九十]{1,3})[）)]\s*/],
  // "1.5个工作日" is a number, not a marker: the dot must not be followed by a digit.
  ['numbered', /^(\d{1,3})[.．、](?!\d)\s*/],
  ['sub', /^[（(](\d{1,2})[）)]\s*/],
];

export function readMarker(paragraph: string): Marker | null {
  for (const [kind, pattern] of PATTERNS) {
    const match = pattern.exec(paragraph);
    if (!match) continue;
    const label = match[1]!;
    const number = kind === 'part' || kind === 'group' ? parseChineseNumeral(label) : Number(label);
    if (number === null || number < 1) return null;
    return { kind, number, label, rest: paragraph.slice(match[0].length) };
  }
  return null;
}
