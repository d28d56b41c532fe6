import { describe, expect, it } from 'vitest';
import { innerAttributions, isOpenText, trailingAttribution } from './attribution-spans.js';

const printed = (text: string, group: { start: number; end: number } | null) =>
  group ? text.slice(group.start, group.end) : null;

describe('where attributions sit', () => {
  it('finds the attribution that ends a task, a full stop after it allowed', () => {
    const text = '推广首违不罚。（县税务局牵头，各镇各部门按职责分工负责）。';
    expect(printed(text, trailingAttribution(text))).toBe(
      '（县税务局牵头，各镇各部门按职责分工负责）',
    );
    expect(trailingAttribution('推行“三零”（零上门、零审批）')).toBeNull();
  });

  it('finds attributions between sentences but not units named inside a sentence', () => {
    const text =
      '压减至90个工作日以内（牵头单位：县住建局；配合单位：县级相关部门）。整合流程。法治组（市司法局牵头）负责。';
    expect(innerAttributions(text).map((group) => printed(text, group))).toEqual([
      '（牵头单位：县住建局；配合单位：县级相关部门）',
    ]);
  });

  it('calls text open while it has sentences and no closing attribution', () => {
    expect(isOpenText('深入推进改革。')).toBe(true);
    expect(isOpenText('深入推进改革。（县司法局牵头）')).toBe(false);
    expect(isOpenText('思路目标')).toBe(false);
  });
});
