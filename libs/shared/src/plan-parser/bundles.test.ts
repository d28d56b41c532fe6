import type { Department, DepartmentKind } from '../domain/department.js';
import { describe, expect, it } from 'vitest';
import { readBundles } from './bundles.js';
import type { ParseIssue } from './issues.js';
import { readSourceLines } from './lines.js';
import { createNameResolver } from './names.js';
import { readTable } from './table.js';

const unit = (name: string, kind: DepartmentKind = 'government'): Department => ({
  name,
  kind,
  aliases: [],
});
const catalog = {
  departments: [
    ...['县交通局', '县公安局', '县住建局', '县自然资源局', '县发改局'].map((name) => unit(name)),
    unit('供电企业', 'enterprise'),
  ],
  leaders: [],
};

const TABLE = [
  '\t序号\n\t“一件事”\n名称\n\t具体事项\n\t责任部门\n（★为该“一件事”牵头部门)',
  '\t1\n\t开办运输\n企业“一件事”\n\t企业车辆信息核验\n\t县公安局',
  '\t\n\t\n\t道路货物运输经营许可\n\t★县交通局',
  '\t\n\t\n\t《道路运输证》办理\n\t',
  '\t2\n\t水电气网\n联合报装“一件事”\n\t外线工程联合审批\n\t★县住建局\n县自然资源局等部门',
  '\t\n\t\n\t供电报装\n\t县发改局及供电企业',
].join('\n\n');

describe('一件事 bundles', () => {
  it('reads bundles, items, merged unit cells and the ★ lead', () => {
    const issues: ParseIssue[] = [];
    const tasks = readBundles(readTable(readSourceLines(TABLE)), '附件1', {
      names: createNameResolver(catalog),
      issues,
    });
    expect(issues).toEqual([]);
    expect(
      tasks.map((t) => [
        t.code,
        t.kind,
        t.parentCode,
        t.title,
        t.leadDepartments,
        t.supportDepartments,
      ]),
    ).toEqual([
      ['一件事1', 'bundle', null, '开办运输企业“一件事”', ['县交通局'], ['县公安局']],
      ['一件事1.1', 'bundle_item', '一件事1', '企业车辆信息核验', ['县公安局'], []],
      ['一件事1.2', 'bundle_item', '一件事1', '道路货物运输经营许可', ['县交通局'], []],
      ['一件事1.3', 'bundle_item', '一件事1', '《道路运输证》办理', ['县交通局'], []],
      [
        '一件事2',
        'bundle',
        null,
        '水电气网联合报装“一件事”',
        ['县住建局'],
        ['县自然资源局', '县发改局', '供电企业'],
      ],
      ['一件事2.1', 'bundle_item', '一件事2', '外线工程联合审批', ['县住建局'], ['县自然资源局']],
      ['一件事2.2', 'bundle_item', '一件事2', '供电报装', ['县发改局', '供电企业'], []],
    ]);
    expect(tasks[3]?.attribution).toBeNull();
  });

  it('reports a bundle without a ★ lead', () => {
    const issues: ParseIssue[] = [];
    readBundles(readTable(readSourceLines(TABLE.replaceAll('★', ''))), '附件1', {
      names: createNameResolver(catalog),
      issues,
    });
    expect(issues.map((issue) => issue.message)).toEqual([
      'bundle 一件事1 "开办运输企业“一件事”" has no ★ lead unit',
      'bundle 一件事2 "水电气网联合报装“一件事”" has no ★ lead unit',
    ]);
  });
});
