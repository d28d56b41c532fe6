import { TARGET_COMPARATOR_SYMBOLS, type SeedTask, type TargetComparator } from '@bizenv/shared';

/** The editable fields of a task as the edit form holds them. */
export interface TaskFormValues {
  title: string;
  body: string;
  leadDepartments: string[];
  supportDepartments: string[];
  deadlineKind: 'none' | 'date' | 'ongoing' | 'keep';
  deadlineDate: string;
  targets: { metric: string; comparator: TargetComparator; value: number; unit: string }[];
}

export function taskFormValues(task: SeedTask): TaskFormValues {
  return {
    title: task.title,
    body: task.body,
    leadDepartments: task.leadDepartments,
    supportDepartments: task.supportDepartments,
    deadlineKind: task.deadline.kind === 'none' ? 'none' : 'keep',
    deadlineDate: 'date' in task.deadline ? task.deadline.date : '',
    targets: task.targets.map(({ metric, comparator, value, unit }) => ({
      metric,
      comparator,
      value,
      unit,
    })),
  };
}

function deadlineOf(task: SeedTask, values: TaskFormValues): SeedTask['deadline'] {
  switch (values.deadlineKind) {
    case 'keep':
      return task.deadline;
    case 'none':
      return { kind: 'none', printed: null };
    case 'ongoing':
      return { kind: 'ongoing', printed: '长期坚持' };
    case 'date': {
      const [year, month, day] = values.deadlineDate.split('-').map(Number);
      return {
        kind: 'date',
        date: values.deadlineDate,
        printed: `${year}年${month}月${day}日前`,
      };
    }
  }
}

/** The task with the form's values; unchanged targets keep their printed text and details. */
export function applyTaskForm(task: SeedTask, values: TaskFormValues): SeedTask {
  const targets = values.targets.map((target) => {
    const same = task.targets.find(
      (old) =>
        old.metric === target.metric &&
        old.comparator === target.comparator &&
        old.value === target.value &&
        old.unit === target.unit,
    );
    return (
      same ?? {
        ...target,
        period: null,
        baseline: null,
        printed: `${target.metric}${TARGET_COMPARATOR_SYMBOLS[target.comparator]}${target.value}${target.unit}`,
      }
    );
  });
  return {
    ...task,
    title: values.title.trim(),
    body: values.body.trim(),
    leadDepartments: values.leadDepartments,
    supportDepartments: values.supportDepartments.filter(
      (name) => !values.leadDepartments.includes(name),
    ),
    deadline: deadlineOf(task, values),
    targets,
  };
}
