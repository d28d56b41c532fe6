import { describe, expect, it } from 'vitest';
import { readSourceLines } from './lines.js';
import { cellText, readTable } from './table.js';

describe('tab tables', () => {
  it('reads one cell per tab-led line, cells going on over lines, rows split by blank lines', () => {
    const lines = readSourceLines(
      '清单\n\t序号\n\t“一件事”\n名称\n\t责任部门\n\n\t1\n\t企业信息\n变更“一件事”\n\t★县住建局\n县交通局等部门\n\n\t\n\t\n\t县公安局\n\n附件2',
    );
    expect(readTable(lines).map((row) => row.cells)).toEqual([
      ['序号', '“一件事”\n名称', '责任部门'],
      ['1', '企业信息\n变更“一件事”', '★县住建局\n县交通局等部门'],
      ['', '', '县公安局'],
    ]);
  });

  it('reads one row per line', () => {
    const lines = readSourceLines(
      '分工表\n序\t指标名称\t牵头部门\t\n1\t开办企业\t县行政审批服务局\t\n2\t\t人才流动便利度\t县人社局\n\n附件 2',
    );
    expect(readTable(lines).map((row) => [row.line, row.cells])).toEqual([
      [2, ['序', '指标名称', '牵头部门', '']],
      [3, ['1', '开办企业', '县行政审批服务局', '']],
      [4, ['2', '', '人才流动便利度', '县人社局']],
    ]);
  });

  it('puts a cell on one line with Chinese punctuation', () => {
    expect(cellText('道路货物运输经营许可(使用总质量 4500 千克\n及以下的除外)')).toBe(
      '道路货物运输经营许可（使用总质量4500千克及以下的除外）',
    );
  });
});
