import type { Deadline, PlanPhase } from './deadline.js';
import type { IndicatorCode } from './indicators.js';
import type { Target } from './target.js';

/**
 * What a numbered item of a plan is:
 * - key_reform: a key reform ("七项重点改革" (一)…(七)), code "重点改革(一)";
 * - task: a numbered task ("23", or "二.3" where numbering restarts per group);
 * - sub_item: a numbered sub-item （1）（2） of a task or key reform, code "23(1)";
 * - bundle: an "一件事" bundle of an annex table, code "一件事1";
 * - bundle_item: one service of a bundle, code "一件事1.2".
 */
export const TASK_KINDS = ['key_reform', 'task', 'sub_item', 'bundle', 'bundle_item'] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

export const TASK_KIND_LABELS: Record<TaskKind, string> = {
  key_reform: '重点改革',
  task: '任务',
  sub_item: '子项',
  bundle: '“一件事”',
  bundle_item: '办理事项',
};

/** A heading of the plan that groups tasks: a part ("三、…") or a group ("（一）简化企业开办"). */
export interface PlanSection {
  code: string;
  title: string;
  parentCode: string | null;
  indicator: IndicatorCode | null;
  order: number;
}

/** Lead departments and responsible leaders of an indicator, as one plan names them. */
export interface IndicatorAssignment {
  indicator: IndicatorCode;
  leadDepartments: string[];
  /** Names of the jurisdiction's leaders; empty when the plan names a post only. */
  leaders: string[];
  /** The words naming the leader, e.g. "县委常委、副县长闫秉云" or "市政府分管领导". */
  leaderText: string | null;
  printed: string;
}

export interface PlanHeader {
  title: string;
  issuer: string;
  /** 文号, e.g. "麟政办发〔2021〕18号"; null for an annex that has none of its own. */
  documentNumber: string | null;
  issuedDate: string | null;
  year: number;
}

export interface PlanTask {
  code: string;
  parentCode: string | null;
  sectionCode: string | null;
  kind: TaskKind;
  title: string;
  body: string;
  indicator: IndicatorCode | null;
  leadDepartments: string[];
  supportDepartments: string[];
  /** The printed attribution ("（县行政审批服务局牵头，…按职责分工负责）"), null when none. */
  attribution: string | null;
  deadline: Deadline;
  targets: Target[];
  order: number;
}

export type { Deadline, PlanPhase, Target };
