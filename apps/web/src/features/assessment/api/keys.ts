/** Every assessment query lives under ['assessment', code, year]: a write refreshes them all. */
export const assessmentYearKey = (code: string, year: number) =>
  ['assessment', code, year] as const;
export const assessmentRulesKey = (code: string, year: number) =>
  [...assessmentYearKey(code, year), 'rules'] as const;
export const assessmentResultsKey = (code: string, year: number) =>
  [...assessmentYearKey(code, year), 'results'] as const;
export const assessmentPublicationsKey = (code: string, year: number) =>
  [...assessmentYearKey(code, year), 'publications'] as const;
export const assessmentPublicationKey = (code: string, year: number, version: number) =>
  [...assessmentPublicationsKey(code, year), version] as const;

/** Path of the year's assessment under /api. */
export const assessmentPath = (code: string, year: number) =>
  `/jurisdictions/${code}/assessment/${year}`;
