import { DEMO_MARKER } from './history-model.js';
import type { Prng } from './prng.js';

/** Report texts built from the task's own wording; every one starts with the demo marker. */
export interface ReportTexts {
  workDone: string;
  problems: string;
  nextSteps: string;
}

const STARTING = [
  '已成立工作专班，制定工作方案，明确责任人和时间节点',
  '召开专题推进会，细化任务分工，建立工作台账',
  '梳理现行流程和办事清单，形成问题和需求清单',
];
const ONGOING = [
  '按月调度推进，对照台账逐项落实',
  '会同相关部门开展联合督导，推动重点环节落地',
  '组织业务培训 {n} 场次，覆盖窗口工作人员 {m} 人次',
  '完成系统对接和流程再造，办理时限进一步压缩',
  '深入企业走访 {n} 家，收集意见建议 {m} 条并逐条落实',
];
const CARRIED = ['持续跟踪巩固成效，建立长效机制', '对标先进地区做法，查漏补缺、持续优化'];
const PROBLEMS = [
  '部门间数据共享不够顺畅，部分事项仍需线下流转',
  '基层窗口人员业务能力有待提升',
  '部分企业对新政策知晓率不高',
  '专项经费保障不足，信息化建设进度偏慢',
  '暂无',
  '暂无',
];
const NEXT = [
  '加强与配合单位的沟通协调，确保按期完成',
  '加大政策宣传力度，提高企业和群众知晓率',
  '完善工作机制，固化改革成果',
  '对照目标值查找差距，逐项整改提升',
];

function fill(template: string, random: Prng): string {
  return template
    .replace('{n}', String(random.int(2, 12)))
    .replace('{m}', String(random.int(20, 300)));
}

export function shortTitle(title: string): string {
  return title.length > 30 ? `${title.slice(0, 30)}…` : title;
}

export function reportTexts(
  title: string,
  stage: 'starting' | 'ongoing' | 'completing' | 'carried',
  completion: number | null,
  random: Prng,
): ReportTexts {
  const subject = `围绕“${shortTitle(title)}”`;
  const step =
    stage === 'starting'
      ? random.pick(STARTING)
      : stage === 'carried'
        ? random.pick(CARRIED)
        : fill(random.pick(ONGOING), random);
  const progress =
    stage === 'completing'
      ? '各项工作已按计划完成，相关佐证材料已整理归档'
      : completion === null
        ? '配合牵头单位做好相关工作'
        : `任务完成约 ${completion}%`;
  return {
    workDone: `${DEMO_MARKER}${subject}，${step}；${progress}。`,
    problems: `${DEMO_MARKER}${random.pick(PROBLEMS)}。`,
    nextSteps:
      stage === 'completing'
        ? `${DEMO_MARKER}申请销号，做好成果巩固和经验总结。`
        : `${DEMO_MARKER}${random.pick(NEXT)}。`,
  };
}

export const RETURN_REASONS = [
  '工作进展描述过于笼统，请补充具体数据和佐证材料',
  '目标实际值与上月相比变化较大，请核实后重新报送',
  '存在问题和下步计划未填写完整，请补充',
];

export function demoText(text: string): string {
  return `${DEMO_MARKER}${text}`;
}
