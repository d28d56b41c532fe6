import { describe, expect, it } from 'vitest';
import { department, section, task } from '@/test/factories';
import {
  EMPTY_FILTERS,
  deadlineOptions,
  departmentOptions,
  filterTasks,
  indicatorOptions,
  parseTaskFilters,
  writeTaskFilters,
  type TaskFilters,
} from './task-filters';
import { indexSections } from './task-tree';

const approvals = department(1, '县行政审批服务局');
const market = department(2, '县市场监管局');
const tax = department(3, '县税务局');

const sections = indexSections([
  section({ code: '三', title: '三、2021年工作任务分工', order: 3 }),
  section({
    code: '三(一)',
    title: '（一）简化企业开办',
    parentCode: '三',
    indicator: 'starting-business',
  }),
]);

const tasks = [
  task({
    code: '1',
    sectionCode: '三(一)',
    title: '推行“企业开办一网通办”',
    leadDepartments: [approvals],
    supportDepartments: [market],
    deadline: { kind: 'date', date: '2021-06-30', printed: '6月底前' },
    children: [
      task({ code: '1(1)', kind: 'sub_item', title: '线上“一表填报”', supportDepartments: [tax] }),
    ],
  }),
  task({
    code: '2',
    title: '深化“证照分离”改革',
    indicator: 'market-regulation',
    leadDepartments: [market],
    deadline: {
      kind: 'milestone',
      date: '2021-10-31',
      printed: '10月底前取得阶段性成效，持续推进',
    },
  }),
  task({
    code: '3',
    title: '优化纳税服务',
    indicator: 'paying-taxes',
    body: '纳税时间压减至80小时以内',
  }),
];

const only = (filters: Partial<TaskFilters>) =>
  filterTasks(tasks, { ...EMPTY_FILTERS, ...filters }, sections).map((t) => t.code);

describe('filterTasks', () => {
  it('returns every task without filters', () => {
    expect(only({})).toEqual(['1', '2', '3']);
  });

  it('searches code, title and body, ignoring spaces and case', () => {
    expect(only({ q: '证照 分离' })).toEqual(['2']);
    expect(only({ q: '80小时' })).toEqual(['3']);
    expect(only({ q: '3' })).toEqual(['3']);
  });

  it('finds a task by the text of its sub-items', () => {
    expect(only({ q: '一表填报' })).toEqual(['1']);
  });

  it('uses the section indicator when the task has none', () => {
    expect(only({ indicator: 'starting-business' })).toEqual(['1']);
  });

  it('matches a department leading or supporting the task or a sub-item', () => {
    expect(only({ departmentId: market.id })).toEqual(['1', '2']);
    expect(only({ departmentId: tax.id })).toEqual(['1']);
  });

  it('matches deadlines by month, ongoing work and missing deadlines', () => {
    expect(only({ deadline: '2021-06' })).toEqual(['1']);
    expect(only({ deadline: '2021-10' })).toEqual(['2']);
    expect(only({ deadline: 'ongoing' })).toEqual(['2']);
    expect(only({ deadline: 'none' })).toEqual(['1', '3']);
  });

  it('combines filters', () => {
    expect(only({ departmentId: market.id, deadline: '2021-06' })).toEqual(['1']);
  });
});

describe('URL query', () => {
  it('round-trips filters and keeps other parameters', () => {
    const filters: TaskFilters = {
      q: '一网通办',
      indicator: 'paying-taxes',
      departmentId: 7,
      deadline: '2021-06',
    };
    const params = writeTaskFilters(new URLSearchParams('tab=tasks'), filters);
    expect(params.get('tab')).toBe('tasks');
    expect(parseTaskFilters(params)).toEqual(filters);
  });

  it('drops empty filters from the URL', () => {
    const params = writeTaskFilters(new URLSearchParams('q=old&dept=3'), EMPTY_FILTERS);
    expect(params.toString()).toBe('');
  });

  it('ignores malformed values', () => {
    expect(
      parseTaskFilters(new URLSearchParams('indicator=nope&dept=-1&deadline=2021-13')),
    ).toEqual(EMPTY_FILTERS);
  });
});

describe('filter options', () => {
  it('lists indicators in the national order with task counts', () => {
    expect(indicatorOptions(tasks, sections)).toEqual([
      { value: 'starting-business', label: '开办企业', count: 1 },
      { value: 'paying-taxes', label: '纳税', count: 1 },
      { value: 'market-regulation', label: '市场监管', count: 1 },
    ]);
  });

  it('lists departments most involved first', () => {
    expect(departmentOptions(tasks).map((o) => [o.label, o.count])).toEqual([
      ['县市场监管局', 2],
      ['县税务局', 1],
      ['县行政审批服务局', 1],
    ]);
  });

  it('lists deadline months ascending, then ongoing and unspecified', () => {
    expect(deadlineOptions(tasks).map((o) => [o.value, o.label, o.count])).toEqual([
      ['2021-06', '2021年6月', 1],
      ['2021-10', '2021年10月', 1],
      ['ongoing', '持续推进', 1],
      ['none', '未明确时限', 2],
    ]);
  });
});
