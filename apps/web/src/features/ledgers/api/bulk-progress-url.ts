/** A plain link: the server sends the department's workbook of the period as an attachment. */
export const bulkProgressExportUrl = (period: string) => `/api/reports/bulk/${period}.xlsx`;
