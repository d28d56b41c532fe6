import { describe, expect, it } from 'vitest';
import type { Department } from '../domain/department.js';
import { createDepartmentMatcher, guessDepartmentKind, normaliseUnitName } from './departments.js';

function department(name: string, overrides: Partial<Department> = {}): Department {
  return { name, kind: 'government', aliases: [], ...overrides };
}

const catalog = [
  department('县行政审批服务局'),
  department('县数字化信息服务中心', { aliases: ['县数字化信息中心'] }),
  department('县工信局', { aliases: ['县工信局（科技局）'] }),
  department('县发展和改革局'),
  department('县城市管理执法局'),
  department('县司法局'),
  department('县民政局'),
  department('县文旅局'),
  department('市生态环境局宜君分局'),
  department('各镇各部门', { kind: 'group' }),
];
const matcher = createDepartmentMatcher(catalog);

describe('createDepartmentMatcher', () => {
  it('matches the canonical name exactly', () => {
    expect(matcher.match('县行政审批服务局')).toEqual({
      department: catalog[0],
      method: 'exact',
      score: 1,
    });
    expect(matcher.match('各镇各部门')?.method).toBe('exact');
  });

  it('matches a printed alias', () => {
    expect(matcher.match('县数字化信息中心')).toEqual({
      department: catalog[1],
      method: 'alias',
      score: 1,
    });
  });

  it.each([
    ['县司法 \n局', '县司法局'],
    ['县工信局(科技局)', '县工信局'],
    ['县发改局', '县发展和改革局'],
    ['县城管执法局', '县城市管理执法局'],
    ['县行政审批局', '县行政审批服务局'],
    ['**县民政局**', '县民政局'],
  ])('matches %j by its normalised form', (printed, canonical) => {
    expect(matcher.match(printed)).toMatchObject({
      department: { name: canonical },
      method: 'normalised',
      score: 1,
    });
  });

  it('matches a misprint of a long name fuzzily', () => {
    const result = matcher.match('市生态环境局宜君托局');
    expect(result).toMatchObject({ department: { name: '市生态环境局宜君分局' }, method: 'fuzzy' });
    expect(result?.score).toBeCloseTo(0.9);
  });

  it.each([
    // One character apart but different bureaus: short names never match fuzzily.
    '县文物局',
    '县财政局',
    // Same words, different kind of unit.
    '县行政审批服务中心',
    // Another level of government.
    '市行政审批服务局',
    '县自然资源局',
    '',
  ])('proposes %j as a new unit', (printed) => {
    expect(matcher.match(printed)).toBeNull();
  });

  it('refuses a fuzzy match that two units could claim', () => {
    const twins = createDepartmentMatcher([
      department('县第一供水服务中心'),
      department('县第二供水服务中心'),
    ]);
    expect(twins.match('县第三供水服务中心')).toBeNull();
    expect(twins.match('县第一供水服务中心')?.method).toBe('exact');
  });

  it('refuses a printed form claimed by two units', () => {
    const clash = createDepartmentMatcher([
      department('县交通运输局', { aliases: ['县交通局'] }),
      department('县交通局'),
    ]);
    expect(clash.match('县交通局')?.department.name).toBe('县交通局');
    expect(clash.match('县 交通局')).toBeNull();
  });
});

describe('normaliseUnitName', () => {
  it.each([
    ['县发展和改革局', '县发改局'],
    ['市发展和改革委员会', '市发改委'],
    ['县人力资源和社会保障局', '县人社局'],
    ['★县住建局 ', '县住建局'],
    ['各乡镇人民政府（街道）', '各乡镇政府(街道)'],
    ['人民银行宝鸡市中心支行', '人行宝鸡市中心支行'],
  ])('%s → %s', (name, key) => {
    expect(normaliseUnitName(name)).toBe(key);
  });
});

describe('guessDepartmentKind', () => {
  it.each([
    ['各县区', 'group'],
    ['县级相关部门', 'group'],
    ['园区', 'group'],
    ['县检察院', 'judicial'],
    ['市中级人民法院', 'judicial'],
    ['县委统战部', 'party'],
    ['县纪委监委', 'party'],
    ['县总工会', 'party'],
    ['国网宝鸡供电公司', 'enterprise'],
    ['陕西水务集团', 'enterprise'],
    ['城关镇', 'town'],
    ['县审计局', 'government'],
    ['市发改委', 'government'],
  ] as const)('%s → %s', (name, kind) => {
    expect(guessDepartmentKind(name)).toBe(kind);
  });
});
