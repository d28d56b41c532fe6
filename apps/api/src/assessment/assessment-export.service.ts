import { Injectable } from '@nestjs/common';
import { chinaDateOf, type SessionUser } from '@bizenv/shared';
import { contentDisposition } from '../attachments/file-name.js';
import { assessmentWorkbook } from './assessment-xlsx.js';
import { AssessmentService } from './assessment.service.js';

export interface AssessmentFile {
  content: Buffer;
  contentDisposition: string;
}

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The live or a published assessment as an .xlsx download (same readers as the JSON). */
@Injectable()
export class AssessmentExportService {
  constructor(private readonly assessment: AssessmentService) {}

  async live(user: SessionUser, jurisdictionCode: string, year: number): Promise<AssessmentFile> {
    const table = await this.assessment.results(user, jurisdictionCode, year);
    const content = await assessmentWorkbook(table, { status: `（实时计算，截至 ${table.asOf}）` });
    return {
      content,
      contentDisposition: contentDisposition(
        `${table.jurisdictionName}${year}年度考核结果.xlsx`,
        'xlsx',
      ),
    };
  }

  async published(
    user: SessionUser,
    jurisdictionCode: string,
    year: number,
    version: number,
  ): Promise<AssessmentFile> {
    const table = await this.assessment.published(user, jurisdictionCode, year, version);
    const content = await assessmentWorkbook(table, {
      status: `（已发布第${version}版，${chinaDateOf(new Date(table.publishedAt))} 发布）`,
    });
    return {
      content,
      contentDisposition: contentDisposition(
        `${table.jurisdictionName}${year}年度考核结果（第${version}版）.xlsx`,
        'xlsx',
      ),
    };
  }
}
