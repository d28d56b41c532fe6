import type { Department, DepartmentKind } from '../domain/department.js';
import { describe, expect, it } from 'vitest';
import { readIndicatorTable } from './indicator-table.js';
import type { ParseIssue } from './issues.js';
import { readSourceLines } from './lines.js';
import { createNameResolver } from './names.js';
import { readTable } from './table.js';

const unit = (name: string, kind: DepartmentKind = 'government'): Department => ({
  name,
  kind,
  aliases: [],
});
const names = () =>
  createNameResolver({
    departments: ['县行政审批服务局', '县教科体局', '县文化和旅游文物局'].map((name) => unit(name)),
    leaders: [],
  });

describe('indicator table', () => {
  it('assigns indicators and sub-indicators to their lead departments', () => {
    const issues: ParseIssue[] = [];
    const rows = readTable(
      readSourceLines(
        '序\t指标名称\t牵头部门\t\n1\t开办企业\t县行政审批服务局\t\n1\t包容 普惠 创新\t创新创业活跃度\t县教科体局\n2\t\t基本公共服务满意度——文化开放与\t县文化和旅游文物局',
      ),
    );
    expect(readIndicatorTable(rows, { names: names(), issues })).toEqual([
      {
        indicator: 'starting-business',
        leadDepartments: ['县行政审批服务局'],
        leaders: [],
        leaderText: null,
        printed: '1 开办企业 县行政审批服务局',
      },
      {
        indicator: 'innovation-activity',
        leadDepartments: ['县教科体局'],
        leaders: [],
        leaderText: null,
        printed: '1 包容普惠创新 创新创业活跃度 县教科体局',
      },
      {
        indicator: 'public-services-culture',
        leadDepartments: ['县文化和旅游文物局'],
        leaders: [],
        leaderText: null,
        printed: '2 基本公共服务满意度——文化开放与 县文化和旅游文物局',
      },
    ]);
    expect(issues).toEqual([]);
  });

  it('reports an indicator it cannot name', () => {
    const issues: ParseIssue[] = [];
    readIndicatorTable(
      readTable(readSourceLines('序\t指标\t部门\n1\t营商氛围\t县行政审批服务局')),
      { names: names(), issues },
    );
    expect(issues).toEqual([
      { line: 2, message: 'indicator "营商氛围" is not in the indicator catalog' },
    ]);
  });
});
