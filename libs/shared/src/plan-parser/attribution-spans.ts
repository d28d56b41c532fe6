import { topLevelGroups, type BracketGroup } from './brackets.js';

/**
 * Where attributions sit in a task's text. The words inside are parsed by `parseAttribution`;
 * this module only finds the brackets: "（县行政审批服务局牵头，…按职责分工负责）",
 * "〔牵头单位：…；配合单位：…〕", "（牵头单位：…；完成时限：…）".
 */
const ATTRIBUTION_WORDS = /牵头|负责|责任单位|配合单位|责任部门/;
const SENTENCE_END = /[。；;！？!?]/;

function looksLikeAttribution(inner: string): boolean {
  return ATTRIBUTION_WORDS.test(inner);
}

/** The attribution that ends `text` (a full stop after it is allowed), or null. */
export function trailingAttribution(text: string): BracketGroup | null {
  const trimmed = text.replace(/[\s。]+$/, '');
  const last = topLevelGroups(trimmed).at(-1);
  if (!last || last.end !== trimmed.length || !looksLikeAttribution(last.inner)) return null;
  return last;
}

/**
 * Attributions printed between two sentences of a task ("…以内（牵头单位：县住建局；…）。整合…"):
 * a bracket that names units in the middle of a sentence ("法治组(市司法局牵头)负责…") is not one.
 */
export function innerAttributions(text: string): BracketGroup[] {
  const trailing = trailingAttribution(text);
  return topLevelGroups(text).filter(
    (group) =>
      group.start !== trailing?.start &&
      looksLikeAttribution(group.inner) &&
      (SENTENCE_END.test(text[group.start - 1] ?? '') || SENTENCE_END.test(text[group.end] ?? '')),
  );
}

/** A paragraph that holds sentences and is not closed by an attribution may go on in the next one. */
export function isOpenText(text: string): boolean {
  return SENTENCE_END.test(text) && trailingAttribution(text) === null;
}
