import { AppError } from '../common/app-error.js';

export const assessmentRulesInvalid = (problems: string[]) =>
  new AppError(
    'ASSESSMENT_RULES_INVALID',
    `考核规则不正确：${problems.join('；')}`,
    problems.map((message) => ({ field: 'rules', code: 'ASSESSMENT_RULES_INVALID', message })),
  );
export const assessmentYearInvalid = () => new AppError('ASSESSMENT_YEAR_INVALID');
export const publicationNotFound = () => new AppError('ASSESSMENT_PUBLICATION_NOT_FOUND');
export const versionConflict = () => new AppError('VERSION_CONFLICT');
