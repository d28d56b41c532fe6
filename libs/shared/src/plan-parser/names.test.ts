import { describe, expect, it } from 'vitest';
import { createNameResolver } from './names.js';

const catalog = {
  departments: [
    { name: '县行政审批服务局', kind: 'government' as const, aliases: [] },
    { name: '县数字化信息服务中心', kind: 'government' as const, aliases: ['县数字化信息中心'] },
    { name: '县发展和改革局', kind: 'government' as const, aliases: [] },
    { name: '各镇', kind: 'group' as const, aliases: [] },
  ],
  leaders: [{ name: '闫秉云', title: '县委常委、副县长' }],
};

describe('catalog names', () => {
  it('gives canonical department names, each once', () => {
    const names = createNameResolver(catalog);
    expect(names.departments(['县数字化信息中心', '县发改局', '各镇', '县发改局'], 3)).toEqual([
      '县数字化信息服务中心',
      '县发展和改革局',
      '各镇',
    ]);
    expect(names.issues).toEqual([]);
  });

  it('proposes unknown units and leaders when importing, and lists how each name was read', () => {
    const names = createNameResolver(catalog, { proposeUnknown: true });
    expect(names.departments(['县 气象局★', '县数字化信息中心', '县行政审批服务局'], 7)).toEqual([
      '县气象局',
      '县数字化信息服务中心',
      '县行政审批服务局',
    ]);
    expect(names.leaders([{ name: '张三', title: '副县长' }], 8)).toEqual(['张三']);
    expect(names.issues).toEqual([]);
    expect(names.departmentReadings).toEqual([
      { printed: '县 气象局★', name: '县气象局', method: 'unknown', score: 0, line: 7 },
      {
        printed: '县数字化信息中心',
        name: '县数字化信息服务中心',
        method: 'alias',
        score: 1,
        line: 7,
      },
    ]);
    expect(names.unknownLeaders).toEqual([{ name: '张三', title: '副县长' }]);
  });

  it('reports a unit the catalog does not know instead of keeping it', () => {
    const names = createNameResolver(catalog);
    expect(names.departments(['县气象局', '县行政审批服务局'], 7)).toEqual(['县行政审批服务局']);
    expect(names.issues).toEqual([{ line: 7, message: 'unit "县气象局" is not in the catalog' }]);
  });

  it('reports a name read twice on one line once', () => {
    const names = createNameResolver(catalog);
    names.departments(['县气象局'], 7);
    names.departments(['县气象局'], 7);
    expect(names.issues).toHaveLength(1);
  });

  it('knows leaders by name', () => {
    const names = createNameResolver(catalog);
    expect(
      names.leaders(
        [
          { name: '闫秉云', title: '副县长' },
          { name: '李四', title: '副县长' },
        ],
        1,
      ),
    ).toEqual(['闫秉云']);
    expect(names.issues.map((issue) => issue.message)).toEqual([
      'leader "副县长李四" is not in the catalog',
    ]);
  });
});
