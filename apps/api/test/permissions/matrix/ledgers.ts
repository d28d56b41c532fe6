import { buildBulkProgressWorkbook } from '../../../src/ledgers/bulk-progress-workbook.js';
import { buildLedgerWorkbook } from '../../../src/ledgers/ledger-workbook.js';
import { type RouteSpec, table } from '../support/spec.js';
import { DEPARTMENTS, OFFICE_WRITE, OFFICES, READ_OVERVIEW } from './profiles.js';

/** A blank ledger: a dry-run import of it succeeds wherever the caller may import. */
const blankLedger = new Uint8Array(await buildLedgerWorkbook([]));
const blankLedgerForm = (): FormData => {
  const form = new FormData();
  form.append('file', new Blob([blankLedger]), '台账.xlsx');
  return form;
};

/** A blank bulk progress workbook: a dry run of it succeeds for every department user. */
const blankBulk = new Uint8Array(await buildBulkProgressWorkbook([], []));
const blankBulkForm = (): FormData => {
  const form = new FormData();
  form.append('file', new Blob([blankBulk]), '本期报表.xlsx');
  return form;
};
/** A month far before the fixtures' report periods and bulletin locks. */
const BULK_PERIOD = '2019-12';

/** Excel ledgers (台账): the plan's export is for whole-jurisdiction readers, not departments. */
export const LEDGER_ROUTES: RouteSpec[] = [
  {
    route: 'GET /api/plans/:id/ledger.xlsx',
    on: 'plan',
    expect: table(READ_OVERVIEW, 200),
    send: ({ o }) => ({ path: `/api/plans/${o.id}/ledger.xlsx` }),
  },
  {
    route: 'GET /api/ledger-template.xlsx',
    expect: table(OFFICES, 200),
    scope: 'none',
    send: () => ({ path: '/api/ledger-template.xlsx' }),
  },
  {
    route: 'POST /api/plans/:id/ledger',
    on: 'plan',
    expect: table(OFFICE_WRITE, 200),
    send: ({ o }) => ({ path: `/api/plans/${o.id}/ledger?dryRun=true`, form: blankLedgerForm }),
  },
  {
    route: 'GET /api/reports/bulk/:period.xlsx',
    expect: table(DEPARTMENTS, 200),
    scope: 'none',
    send: () => ({ path: `/api/reports/bulk/${BULK_PERIOD}.xlsx` }),
  },
  {
    route: 'POST /api/reports/bulk/:period',
    expect: table(DEPARTMENTS, 200),
    scope: 'none',
    send: () => ({ path: `/api/reports/bulk/${BULK_PERIOD}?dryRun=true`, form: blankBulkForm }),
  },
];
