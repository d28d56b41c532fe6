// Problems (问题清单) and supervision notices (督办) of a county, with the event histories the
// dashboards read "as of a date".
import {
  NOTICE_REASONS,
  NOTICE_RESPONSE,
  PROBLEM_DESCRIPTIONS,
  PROBLEM_MEASURE,
} from './texts.mjs';
import { addDays, dateIn, instantOn } from './time.mjs';

const PROBLEMS_PER_COUNTY = 30;
const NOTICES_PER_COUNTY = 15;
const SOURCES = ['self_found', 'evaluation', 'supervision', 'hotline'];
const LEVELS = ['reminder', 'reminder', 'supervision', 'supervision', 'circular'];

/** A date of period index `j` before today (the current month only up to yesterday). */
function pastDate(frame, j, day) {
  const last = frame.periods.length - 1;
  if (j === last && day >= frame.todayDay) {
    if (frame.todayDay === 1) return dateIn(frame.periods[last - 1], day);
    return dateIn(frame.periods[last], frame.todayDay - 1);
  }
  return dateIn(frame.periods[j], day);
}

/** Steps `[name, date]` kept while their date is before today. */
function happened(frame, steps) {
  return steps.filter(([, date]) => date < frame.today);
}

export function writeFollowUps(ctx) {
  writeProblems(ctx);
  writeNotices(ctx);
}

function writeProblems({ w, ids, rng, frame, officeUserId, county, departments, tasks }) {
  const last = frame.periods.length - 1;
  for (let i = 0; i < PROBLEMS_PER_COUNTY; i++) {
    const id = ++ids.problem;
    const opened = pastDate(frame, rng.int(0, last), rng.int(1, 28));
    const task = rng.chance(0.7) ? tasks[rng.int(0, tasks.length - 1)] : null;
    const owner = task ? task.lead : departments[rng.int(0, departments.length - 1)];
    const rectified = addDays(opened, rng.int(10, 40));
    const closed = addDays(rectified, rng.int(3, 10));
    const r = rng.next();
    const planned = [['created', opened]];
    if (r < 0.7) planned.push(['rectified', rectified]);
    if (r < 0.55) planned.push(['closed', closed]);
    const steps = happened(frame, planned);
    const final = steps.at(-1)[0];
    const status = final === 'created' ? 'rectifying' : final;
    const at = (step) => instantOn(steps.find(([name]) => name === step)[1], 3);
    const createdAt = at('created');
    const rectifiedAt = status === 'rectifying' ? null : at('rectified');
    const closedAt = status === 'closed' ? at('closed') : null;
    // prettier-ignore
    w.problem.add(
      id, county.code, task?.id ?? null, task ? null : indicatorOf(tasks, i),
      SOURCES[i % SOURCES.length], PROBLEM_DESCRIPTIONS[i % PROBLEM_DESCRIPTIONS.length],
      PROBLEM_MEASURE, owner.id, addDays(opened, 30), status, rectifiedAt,
      closedAt === null ? null : officeUserId, closedAt, steps.length, officeUserId, createdAt,
      closedAt ?? rectifiedAt ?? createdAt,
    );
    for (const [action] of steps) {
      const actor = action === 'rectified' ? owner.userId : officeUserId;
      // prettier-ignore
      w.problemEvent.add(++ids.problemEvent, id, action, actor, null, null, null, at(action));
    }
  }
}

const indicatorOf = (tasks, i) => tasks[(i * 11) % tasks.length].indicator;

function writeNotices({ w, ids, rng, frame, officeUserId, county, tasks }) {
  const last = frame.periods.length - 1;
  const overdue = tasks.filter(
    (task) => task.fate.deadlineDate && task.fate.deadlineDate < frame.today,
  );
  for (let i = 0; i < NOTICES_PER_COUNTY; i++) {
    const id = ++ids.notice;
    const task = overdue.length > 0 && rng.chance(0.8) ? overdue[i % overdue.length] : tasks[i];
    const drafted = pastDate(frame, rng.int(Math.max(0, last - 12), last), rng.int(1, 28));
    const r = rng.next();
    const planned = [['drafted', drafted]];
    if (r >= 0.1) planned.push(['issued', addDays(drafted, 1)]);
    if (r >= 0.35) planned.push(['answered', addDays(drafted, 4)]);
    if (r >= 0.5) planned.push(['closed', addDays(drafted, 8)]);
    const steps = happened(frame, planned);
    const at = (step) => {
      const date = steps.find(([name]) => name === step)?.[1];
      return date === undefined ? null : instantOn(date, 4);
    };
    const final = steps.at(-1)[0];
    const status = final === 'drafted' ? 'draft' : final;
    const department = task.lead;
    const answered = at('answered');
    // prettier-ignore
    w.notice.add(
      id, county.code, task.id, null, department.id, NOTICE_REASONS[i % NOTICE_REASONS.length],
      LEVELS[i % LEVELS.length], addDays(drafted, 6), status, i % 3 === 0 ? 'auto_overdue_task' : 'manual',
      null, answered === null ? null : NOTICE_RESPONSE, answered === null ? null : department.userId,
      answered, at('issued') === null ? null : officeUserId, at('issued'),
      at('closed') === null ? null : officeUserId, at('closed'), null, null, officeUserId,
      steps.length, at('drafted'), at(final),
    );
    for (const [action] of steps) {
      const actor = action === 'answered' ? department.userId : officeUserId;
      // prettier-ignore
      w.noticeEvent.add(++ids.noticeEvent, id, action, actor, null, null, null, at(action));
    }
  }
}
