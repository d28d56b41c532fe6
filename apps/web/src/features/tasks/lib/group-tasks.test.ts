import { describe, expect, it } from 'vitest';
import { section, task } from '@/test/factories';
import {
  countTasksByIndicator,
  groupTasksBySection,
  sectionHeading,
  sectionsInPlanOrder,
} from './group-tasks';
import { indexSections } from './task-tree';

const sections = [
  section({
    code: '三(二)',
    title: '优化项目审批流程',
    parentCode: '三',
    order: 4,
    indicator: 'construction-permits',
  }),
  section({ code: '二', title: '七项重点改革', order: 1 }),
  section({
    code: '三(一)',
    title: '简化企业开办',
    parentCode: '三',
    order: 3,
    indicator: 'starting-business',
  }),
  section({ code: '三', title: '工作任务分工', order: 2 }),
];

describe('sectionHeading', () => {
  it('numbers headings the way the document prints them', () => {
    expect(sectionHeading({ code: '二', title: '七项重点改革' })).toBe('二、七项重点改革');
    expect(sectionHeading({ code: '三(十一)', title: '提升合同执行质量' })).toBe(
      '（十一）提升合同执行质量',
    );
    expect(sectionHeading({ code: '附件1', title: '重点事项清单' })).toBe('附件1 重点事项清单');
    expect(sectionHeading({ code: '二', title: '二、七项重点改革' })).toBe('二、七项重点改革');
  });
});

describe('sectionsInPlanOrder', () => {
  it('reads parts in order, each followed by its groups', () => {
    expect(sectionsInPlanOrder(sections).map((s) => s.code)).toEqual([
      '二',
      '三',
      '三(一)',
      '三(二)',
    ]);
  });
});

describe('groupTasksBySection', () => {
  it('groups tasks under their section in the plan order, skipping empty parts', () => {
    const groups = groupTasksBySection(
      [
        task({ code: '4', sectionCode: '三(二)', order: 40 }),
        task({ code: '1', sectionCode: '三(一)', order: 10 }),
        task({ code: '重点改革(一)', kind: 'key_reform', sectionCode: '二', order: 1 }),
        task({ code: '2', sectionCode: '三(一)', order: 20 }),
      ],
      sections,
    );
    expect(groups.map((g) => [g.title, g.parentTitle, g.tasks.map((t) => t.code)])).toEqual([
      ['二、七项重点改革', null, ['重点改革(一)']],
      ['（一）简化企业开办', '三、工作任务分工', ['1', '2']],
      ['（二）优化项目审批流程', '三、工作任务分工', ['4']],
    ]);
  });

  it('puts tasks without a known section last', () => {
    const groups = groupTasksBySection(
      [task({ code: '9', sectionCode: 'missing' }), task({ code: '1', sectionCode: '二' })],
      sections,
    );
    expect(groups.map((g) => g.title)).toEqual(['二、七项重点改革', '其他任务']);
  });

  it('shows one group when the plan has no sections', () => {
    const groups = groupTasksBySection([task({ code: '1' })], []);
    expect(groups.map((g) => g.title)).toEqual(['全部任务']);
  });
});

describe('countTasksByIndicator', () => {
  it('counts top-level tasks per indicator, unassigned last', () => {
    const counts = countTasksByIndicator(
      [
        task({ code: 'a', sectionCode: '三(二)' }),
        task({ code: 'b', sectionCode: '三(一)' }),
        task({ code: 'c', sectionCode: '二' }),
        task({ code: 'd', indicator: 'starting-business', children: [task({ code: 'd(1)' })] }),
      ],
      indexSections(sections),
    );
    expect(counts).toEqual([
      { indicator: 'starting-business', name: '开办企业', count: 2 },
      { indicator: 'construction-permits', name: '办理建筑许可', count: 1 },
      { indicator: null, name: '未关联指标', count: 1 },
    ]);
  });
});
