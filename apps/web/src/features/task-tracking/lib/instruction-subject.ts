/**
 * What a leader's 批示 is written on: a task or a supervision notice. The API has the same routes
 * under both (`/tasks/:id/instructions`, `/notices/:id/instructions`), so one set of components
 * serves the task page and the notice page.
 */
export interface InstructionSubjectRef {
  kind: 'task' | 'notice';
  id: number;
}

export const instructionsPath = (subject: InstructionSubjectRef) =>
  `/${subject.kind === 'task' ? 'tasks' : 'notices'}/${subject.id}/instructions`;
