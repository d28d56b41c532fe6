import { parsePhase } from '../calendar/deadline-parser.js';
import type { IndicatorAssignment, PlanPhase, PlanSection } from '../domain/plan.js';
import { innerAttributions, trailingAttribution } from './attribution-spans.js';
import { shareRunAttributions } from './attribution-runs.js';
import { parseGroupHeading } from './attribution.js';
import { matchIndicator } from './indicator-match.js';
import type { ParseIssue } from './issues.js';
import type { NameResolver } from './names.js';
import type { OutlineNode } from './outline.js';
import { readItem, type TaskDraft, type TaskPlacement } from './tasks.js';

/** A plan's body as read from its outline; `order` fields are assigned when the plan is put together. */
export interface PlanBody {
  phases: PlanPhase[];
  sections: Array<Omit<PlanSection, 'order'>>;
  indicatorAssignments: IndicatorAssignment[];
  tasks: TaskDraft[];
  /** Task code → line of the source where its item starts, for showing a task next to its text. */
  taskLines: Record<string, number>;
}

export interface BodyContext {
  planYear: number;
  names: NameResolver;
  issues: ParseIssue[];
  notes: ParseIssue[];
}

/** Words of a part heading that announce key reforms ("七项重点改革") rather than numbered tasks. */
const KEY_REFORM_PART = /重点改革/;

/**
 * Reads the plan's outline:
 * - a part "三、" or a group "（一）" that holds numbered tasks is a section; a group's heading
 *   clause "（包抓领导：…，牵头部门：…）" is the plan's assignment for the indicator the heading names;
 * - a group with no numbered tasks that carries an attribution is itself a task — a key reform under
 *   a part announcing "重点改革", else a task coded "(一)" (an annex plan's 重点任务);
 * - a group heading that prints a period ("工作部署阶段（2021年12月上旬）") is a phase (实施步骤);
 * - anything else (思路目标, 保障措施 prose without attribution) is narrative and not kept.
 * Numbered tasks keep their printed number ("23"); when numbering restarts in each group the group's
 * number is put in front ("二.3").
 */
export function readPlanBody(roots: readonly OutlineNode[], ctx: BodyContext): PlanBody {
  const body: PlanBody = {
    phases: readPhases(roots, ctx.planYear),
    sections: [],
    indicatorAssignments: [],
    tasks: [],
    taskLines: {},
  };
  const restart = numberingRestarts(roots);
  const taskContext = {
    planYear: ctx.planYear,
    phases: body.phases,
    names: ctx.names,
    issues: ctx.issues,
  };

  const addTasks = (node: OutlineNode, placement: Omit<TaskPlacement, 'line'>) => {
    const tasks = readItem(node.text, { ...placement, line: node.line }, taskContext);
    for (const task of tasks) body.taskLines[task.code] = node.line;
    body.tasks.push(...tasks);
  };
  const addSection = (section: Omit<PlanSection, 'order'>) => {
    if (!body.sections.some((known) => known.code === section.code)) body.sections.push(section);
  };

  const readContainer = (container: OutlineNode | null, children: readonly OutlineNode[]) => {
    const containerSection = container ? partSection(container) : null;
    for (const node of children) {
      if (node.marker.kind === 'numbered') {
        if (containerSection) addSection(containerSection);
        addTasks(node, {
          code:
            restart && container
              ? `${container.marker.label}.${node.marker.label}`
              : node.marker.label,
          kind: 'task',
          sectionCode: containerSection?.code ?? null,
          sectionIndicator: containerSection?.indicator ?? null,
        });
      } else if (
        node.marker.kind === 'group' &&
        node.children.some((child) => child.marker.kind === 'numbered')
      ) {
        const section = groupSection(node, container, ctx, body);
        if (containerSection) addSection(containerSection);
        addSection(section);
        for (const child of node.children.filter((c) => c.marker.kind === 'numbered')) {
          addTasks(child, {
            code: restart ? `${node.marker.label}.${child.marker.label}` : child.marker.label,
            kind: 'task',
            sectionCode: section.code,
            sectionIndicator: section.indicator,
          });
        }
      } else if (node.marker.kind === 'group' && hasAttribution(node.text)) {
        const keyReform = containerSection !== null && KEY_REFORM_PART.test(containerSection.title);
        if (containerSection) addSection(containerSection);
        addTasks(node, {
          code: keyReform ? `重点改革(${node.marker.label})` : `(${node.marker.label})`,
          kind: keyReform ? 'key_reform' : 'task',
          sectionCode: containerSection?.code ?? null,
          sectionIndicator: null,
        });
      }
    }
  };

  const parts = roots.filter((node) => node.marker.kind === 'part');
  readContainer(
    null,
    roots.filter((node) => node.marker.kind !== 'part'),
  );
  for (const part of parts) readContainer(part, part.children);
  for (const code of shareRunAttributions(body.tasks, taskContext)) {
    ctx.notes.push({
      line: null,
      message: `task ${code} prints no attribution: it takes the one printed after it`,
    });
  }
  return body;
}

function partSection(part: OutlineNode): Omit<PlanSection, 'order'> {
  const title = part.text.trim();
  return { code: part.marker.label, title, parentCode: null, indicator: matchIndicator(title) };
}

function groupSection(
  group: OutlineNode,
  part: OutlineNode | null,
  ctx: BodyContext,
  body: PlanBody,
): Omit<PlanSection, 'order'> {
  const heading = parseGroupHeading(group.text);
  const indicator = matchIndicator(heading.title);
  const code = part ? `${part.marker.label}(${group.marker.label})` : `(${group.marker.label})`;
  if (heading.clause) {
    if (indicator === null) {
      ctx.issues.push({
        line: group.line,
        message: `heading "${heading.title}" names leaders but no indicator`,
      });
    } else {
      body.indicatorAssignments.push({
        indicator,
        leadDepartments: ctx.names.departments(heading.clause.leadDepartments, group.line),
        leaders: ctx.names.leaders(heading.clause.leaders, group.line),
        leaderText: heading.clause.leaderText,
        printed: heading.clause.printed,
      });
    }
  }
  return { code, title: heading.title, parentCode: part?.marker.label ?? null, indicator };
}

function hasAttribution(text: string): boolean {
  return trailingAttribution(text) !== null || innerAttributions(text).length > 0;
}

/** Numbering restarts when a numbered task is not higher than the one before it. */
function numberingRestarts(roots: readonly OutlineNode[]): boolean {
  const numbers: number[] = [];
  const visit = (node: OutlineNode) => {
    if (node.marker.kind === 'numbered') numbers.push(node.marker.number);
    node.children.forEach(visit);
  };
  roots.forEach(visit);
  return numbers.some((number, i) => i > 0 && number <= numbers[i - 1]!);
}

/** Groups that print a period and hold no tasks: the plan's 实施步骤. */
function readPhases(roots: readonly OutlineNode[], planYear: number): PlanPhase[] {
  const phases: PlanPhase[] = [];
  const visit = (node: OutlineNode) => {
    if (node.marker.kind === 'group' && node.children.length === 0 && !hasAttribution(node.text)) {
      const phase = parsePhase(node.text, planYear);
      if (phase) phases.push(phase);
    }
    node.children.forEach(visit);
  };
  roots.forEach(visit);
  return phases;
}
