import type { Table } from '../support/spec.js';

/*
 * The permission rules as expectation tables; each route in the matrix uses one (or spells its
 * own row). Columns (support/actors.ts):
 *
 *   anon  office  leader  lead    support  dept    county  city    viewer  admin
 *   —     麟游营商办 麟游领导 审批局   市场监管局 发改局   眉县营商办 宝鸡营商办 宝鸡查看 系统管理员
 *
 * Rows (support/sites.ts): L objects of 麟游 — on tasks 审批局 leads, 市场监管局 supports and
 * 发改局 is not on; M objects of 眉县 (another county of the same city); C objects of 宝鸡市 (the
 * city itself: above the counties, not below); Y objects of 宜君 (a county of another city).
 *
 * How the rules become statuses:
 * - no session: 401;
 * - a role that may never call the route: 403, whatever the object (it reveals nothing);
 * - an object the actor may not read: 404, so its existence does not leak — another county's
 *   objects, another city's counties, a department's view of tasks it is not on (and of
 *   another department's own report or notice), drafts outside their author's office, and
 *   everything for the system administrator, who reads no business data;
 * - an object the actor may read but not change (a city office on a county's object, a
 *   supporting department on the lead department's business): 403;
 * - otherwise success ('2xx' stands for the route's success status).
 */

/** Reads of a task and what hangs on it: whole-jurisdiction readers and the task's departments. */
export const READ_ON_TASK: Table = {
  //   anon office leader lead support dept county city viewer admin
  L: ' 401  200    200   200    200  404   404   200   200    404',
  M: ' 401  404    404   404    404  404   200   200   200    404',
  C: ' 401  404    404   404    404  404   404   200   200    404',
  Y: ' 401  404    404   404    404  404   404   404   404    404',
};

/** The same, on routes closed to the system administrator's role. */
export const READ_ON_TASK_NO_ADMIN: Table = {
  //   anon office leader lead support dept county city viewer admin
  L: ' 401  200    200   200    200  404   404   200   200    403',
  M: ' 401  404    404   404    404  404   200   200   200    403',
  C: ' 401  404    404   404    404  404   404   200   200    403',
  Y: ' 401  404    404   404    404  404   404   404   404    403',
};

/**
 * What belongs to the lead department (its monthly report and the report's files, a notice
 * addressed to it): a department reads only its own.
 */
export const READ_LEAD_DEPARTMENTS: Table = {
  //   anon office leader lead support dept county city viewer admin
  L: ' 401  200    200   200    404  404   404   200   200    404',
  M: ' 401  404    404   404    404  404   200   200   200    404',
  C: ' 401  404    404   404    404  404   404   200   200    404',
  Y: ' 401  404    404   404    404  404   404   404   404    404',
};

/** The lead department's report itself (the report routes are closed to the administrator's role). */
export const READ_LEAD_REPORT: Table = {
  //   anon office leader lead support dept county city viewer admin
  L: ' 401  200    200   200    404  404   404   200   200    403',
  M: ' 401  404    404   404    404  404   200   200   200    403',
  C: ' 401  404    404   404    404  404   404   200   200    403',
  Y: ' 401  404    404   404    404  404   404   404   404    403',
};

/** Jurisdiction-wide business data (plans, settings): every user of the county reads it. */
export const READ_IN_JURISDICTION: Table = {
  //   anon office leader lead support dept county city viewer admin
  L: ' 401  200    200   200    200  200   404   200   200    404',
  M: ' 401  404    404   404    404  404   200   200   200    404',
  C: ' 401  404    404   404    404  404   404   200   200    404',
  Y: ' 401  404    404   404    404  404   404   404   404    404',
};

/** The catalog (a jurisdiction, its departments): also the system administrator. */
export const READ_CATALOG: Table = {
  //   anon office leader lead support dept county city viewer admin
  L: ' 401  200    200   200    200  200   404   200   200    200',
  M: ' 401  404    404   404    404  404   200   200   200    200',
  C: ' 401  404    404   404    404  404   404   200   200    200',
  Y: ' 401  404    404   404    404  404   404   404   404    200',
};

/** Overviews for office, leaders and viewers (report status): no department, no administrator. */
export const READ_OVERVIEW: Table = {
  //   anon office leader lead support dept county city viewer admin
  L: ' 401  200    200   403    403  403   404   200   200    403',
  M: ' 401  404    404   403    403  403   200   200   200    403',
  C: ' 401  404    404   403    403  403   404   200   200    403',
  Y: ' 401  404    404   403    403  403   404   404   404    403',
};

/** The audit log: offices only, for the jurisdictions they read. */
export const OFFICE_READ: Table = {
  //   anon office leader lead support dept county city viewer admin
  L: ' 401  200    403   403    403  403   404   200   403    403',
  M: ' 401  404    403   403    403  403   200   200   403    403',
  C: ' 401  404    403   403    403  403   404   200   403    403',
  Y: ' 401  404    403   403    403  403   404   404   403    403',
};

/** Office writes: its own jurisdiction only; a city office reads its counties but writes none. */
export const OFFICE_WRITE: Table = {
  //   anon office leader lead support dept county city viewer admin
  L: ' 401  2xx    403   403    403  403   404   403   403    403',
  M: ' 401  404    403   403    403  403   2xx   403   403    403',
  C: ' 401  404    403   403    403  403   404   2xx   403    403',
  Y: ' 401  404    403   403    403  403   404   404   403    403',
};

/** Office writes on what only the jurisdiction's own office sees (drafts, user accounts). */
export const OFFICE_WRITE_OWN_ONLY: Table = {
  //   anon office leader lead support dept county city viewer admin
  L: ' 401  2xx    403   403    403  403   404   404   403    403',
  M: ' 401  404    403   403    403  403   2xx   404   403    403',
  C: ' 401  404    403   403    403  403   404   2xx   403    403',
  Y: ' 401  404    403   403    403  403   404   404   403    403',
};

/** Department writes any department on the task may make (its own report, acknowledging an instruction). */
export const DEPARTMENT_WRITE: Table = {
  //   anon office leader lead support dept county city viewer admin
  L: ' 401  403    403   2xx    2xx  404   403   403   403    403',
  M: ' 401  403    403   404    404  404   403   403   403    403',
  C: ' 401  403    403   404    404  404   403   403   403    403',
  Y: ' 401  403    403   404    404  404   403   403   403    403',
};

/** Writes for the lead department only (closure, extension): a supporting one reads but may not. */
export const LEAD_ONLY_WRITE: Table = {
  //   anon office leader lead support dept county city viewer admin
  L: ' 401  403    403   2xx    403  404   403   403   403    403',
  M: ' 401  403    403   404    404  404   403   403   403    403',
  C: ' 401  403    403   404    404  404   403   403   403    403',
  Y: ' 401  403    403   404    404  404   403   403   403    403',
};

/** Writes on the lead department's own business (submitting its report, answering its notice). */
export const LEAD_OWN_WRITE: Table = {
  //   anon office leader lead support dept county city viewer admin
  L: ' 401  403    403   2xx    404  404   403   403   403    403',
  M: ' 401  403    403   404    404  404   403   403   403    403',
  C: ' 401  403    403   404    404  404   403   403   403    403',
  Y: ' 401  403    403   404    404  404   403   403   403    403',
};

/** Registering a problem on a task: the office, or a department on the task (self-found, its own). */
export const PROBLEM_REGISTER: Table = {
  //   anon office leader lead support dept county city viewer admin
  L: ' 401  2xx    403   2xx    2xx  404   404   403   403    403',
  M: ' 401  404    403   404    404  404   2xx   403   403    403',
  C: ' 401  404    403   404    404  404   404   2xx   403    403',
  Y: ' 401  404    403   404    404  404   404   404   403    403',
};

/** Editing a problem: the office, or the department that owns it (here the lead department). */
export const PROBLEM_EDIT: Table = {
  //   anon office leader lead support dept county city viewer admin
  L: ' 401  2xx    403   2xx    403  404   404   403   403    403',
  M: ' 401  404    403   404    404  404   2xx   403   403    403',
  C: ' 401  404    403   404    404  404   404   2xx   403    403',
  Y: ' 401  404    403   404    404  404   404   404   403    403',
};

/** A leader's instruction (批示), in the leader's own county. */
export const LEADER_WRITE: Table = {
  //   anon office leader lead support dept county city viewer admin
  L: ' 401  403    2xx   403    403  403   403   403   403    403',
  M: ' 401  403    404   403    403  403   403   403   403    403',
  C: ' 401  403    404   403    403  403   403   403   403    403',
  Y: ' 401  403    404   403    403  403   403   403   403    403',
};

/** Something addressed to one department (a notification): only that department's user. */
export const ADDRESSEE_ONLY: Table = {
  //   anon office leader lead support dept county city viewer admin
  L: ' 401  404    404   2xx    404  404   404   404   404    404',
  M: ' 401  404    404   404    404  404   404   404   404    404',
  C: ' 401  404    404   404    404  404   404   404   404    404',
  Y: ' 401  404    404   404    404  404   404   404   404    404',
};

// ---- routes without an object in a jurisdiction ---------------------------------------------

/** Public routes (health, OpenAPI, sign-in). */
export const PUBLIC: Table = {
  //     anon office leader lead support dept county city viewer admin
  any: ' 2xx  2xx    2xx   2xx    2xx  2xx   2xx   2xx   2xx    2xx',
};

/** Any signed-in user (its own session, notifications, the calendar, catalog lists). */
export const SIGNED_IN: Table = {
  //     anon office leader lead support dept county city viewer admin
  any: ' 401  2xx    2xx   2xx    2xx  2xx   2xx   2xx   2xx    2xx',
};

/** Business lists every role but the system administrator reads (filtered per reader). */
export const BUSINESS_READERS: Table = {
  //     anon office leader lead support dept county city viewer admin
  any: ' 401  2xx    2xx   2xx    2xx  2xx   2xx   2xx   2xx    403',
};

/** The office of any jurisdiction (user management). */
export const OFFICES: Table = {
  //     anon office leader lead support dept county city viewer admin
  any: ' 401  2xx    403   403    403  403   2xx   2xx   403    403',
};

/** Department users (their own reporting obligations). */
export const DEPARTMENTS: Table = {
  //     anon office leader lead support dept county city viewer admin
  any: ' 401  403    403   2xx    2xx  2xx   403   403   403    403',
};

/** Who uploads evidence: the office and department users. */
export const UPLOADERS: Table = {
  //     anon office leader lead support dept county city viewer admin
  any: ' 401  2xx    403   2xx    2xx  2xx   2xx   2xx   403    403',
};

/** The system administrator (the holiday calendar). */
export const ADMIN_ONLY: Table = {
  //     anon office leader lead support dept county city viewer admin
  any: ' 401  403    403   403    403  403   403   403   403    2xx',
};
