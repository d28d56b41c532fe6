import type {
  AssessmentTable,
  PublishedAssessmentResponse,
  PublishedAssessmentSummary,
} from '@bizenv/shared';
import type { AssessmentPublicationEntity } from './assessment-publication.entity.js';
import type { AssessmentRepository, WithAuthor } from './assessment.repository.js';

type SummaryRow = Awaited<ReturnType<AssessmentRepository['listPublications']>>[number];

export function toPublishedResponse({
  row,
  authorName,
}: WithAuthor<AssessmentPublicationEntity>): PublishedAssessmentResponse {
  return {
    ...(JSON.parse(row.tableJson) as AssessmentTable),
    id: row.id,
    publicationVersion: row.publicationVersion,
    publishedBy: authorName ?? '',
    publishedAt: row.publishedAt.toISOString(),
  };
}

export function toPublishedSummary(row: SummaryRow): PublishedAssessmentSummary {
  return {
    id: Number(row.id),
    year: Number(row.year),
    publicationVersion: Number(row.publicationVersion),
    publishedBy: row.publishedBy,
    publishedAt: row.publishedAt,
    departmentCount: Number(row.departmentCount),
  };
}
