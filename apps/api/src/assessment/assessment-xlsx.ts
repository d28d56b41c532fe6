import {
  ASSESSMENT_RULE_KINDS,
  ASSESSMENT_RULE_LABELS,
  ASSESSMENT_RULE_UNITS,
  type AssessmentTable,
} from '@bizenv/shared';
import ExcelJS from 'exceljs';

/** What the export names itself and states in its title. */
export interface AssessmentExportHeading {
  /** "（已发布第1版，2026-01-05 发布）" or "（实时计算，截至 2025-12-31）". */
  status: string;
}

/**
 * The assessment as an .xlsx workbook: 排名 (one row per department: rank, score, count per
 * rule), 得分明细 (every breakdown line) and 考核规则 (the rules used).
 */
export async function assessmentWorkbook(
  table: AssessmentTable,
  heading: AssessmentExportHeading,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const title = `${table.jurisdictionName}${table.year}年度部门考核结果${heading.status}`;

  const ranking = workbook.addWorksheet('排名');
  ranking.addRow([title]).font = { bold: true, size: 14 };
  ranking.addRow([
    '排名',
    '部门',
    '得分',
    ...ASSESSMENT_RULE_KINDS.map((kind) => ASSESSMENT_RULE_LABELS[kind]),
  ]).font = {
    bold: true,
  };
  for (const department of table.departments) {
    const counts = new Map(department.lines.map((line) => [line.kind, line.count]));
    ranking.addRow([
      department.rank,
      department.departmentName,
      department.score,
      ...ASSESSMENT_RULE_KINDS.map((kind) => counts.get(kind) ?? 0),
    ]);
  }
  ranking.getColumn(2).width = 28;

  const breakdown = workbook.addWorksheet('得分明细');
  breakdown.addRow(['排名', '部门', '项目', '数量', '每项分值', '得分']).font = { bold: true };
  for (const department of table.departments) {
    for (const line of department.lines) {
      breakdown.addRow([
        department.rank,
        department.departmentName,
        line.label,
        line.count,
        line.pointsEach,
        line.points,
      ]);
    }
    breakdown.addRow([
      department.rank,
      department.departmentName,
      '合计',
      null,
      null,
      department.score,
    ]).font = {
      bold: true,
    };
  }
  breakdown.getColumn(2).width = 28;
  breakdown.getColumn(3).width = 20;

  const rules = workbook.addWorksheet('考核规则');
  rules.addRow(['项目', '分值']).font = { bold: true };
  rules.addRow(['基础分', table.rules.baseScore]);
  rules.addRow(['保底分', table.rules.floor ?? '不设']);
  rules.addRow(['封顶分', table.rules.cap ?? '不设']);
  for (const kind of ASSESSMENT_RULE_KINDS) {
    rules.addRow([
      `${ASSESSMENT_RULE_LABELS[kind]}（每${ASSESSMENT_RULE_UNITS[kind]}）`,
      table.rules.points[kind],
    ]);
  }
  rules.addRow(['统计截至', table.asOf]);
  rules.getColumn(1).width = 28;

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
