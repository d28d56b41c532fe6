/** Downloads are plain links: the server sends the .xlsx as an attachment with the session cookie. */
export const ledgerExportUrl = (planId: number) => `/api/plans/${planId}/ledger.xlsx`;
export const LEDGER_TEMPLATE_URL = '/api/ledger-template.xlsx';
