import { DepartmentAliasEntity } from '../departments/department-alias.entity.js';
import { DepartmentEntity } from '../departments/department.entity.js';
import { IndicatorEntity } from '../indicators/indicator.entity.js';
import { JurisdictionEntity } from '../jurisdictions/jurisdiction.entity.js';
import { LeaderEntity } from '../leaders/leader.entity.js';
import { IndicatorAssignmentDepartmentEntity } from '../plans/indicator-assignment-department.entity.js';
import { IndicatorAssignmentLeaderEntity } from '../plans/indicator-assignment-leader.entity.js';
import { IndicatorAssignmentEntity } from '../plans/indicator-assignment.entity.js';
import { PlanPhaseEntity } from '../plans/plan-phase.entity.js';
import { PlanSectionEntity } from '../plans/plan-section.entity.js';
import { PlanEntity } from '../plans/plan.entity.js';
import { TargetEntity } from '../tasks/target.entity.js';
import { TaskDepartmentEntity } from '../tasks/task-department.entity.js';
import { TaskEntity } from '../tasks/task.entity.js';

/** Every entity, listed explicitly: the app, the tests and the TypeORM CLI load the same set. */
export const ENTITIES = [
  JurisdictionEntity,
  DepartmentEntity,
  DepartmentAliasEntity,
  LeaderEntity,
  IndicatorEntity,
  PlanEntity,
  PlanPhaseEntity,
  PlanSectionEntity,
  IndicatorAssignmentEntity,
  IndicatorAssignmentDepartmentEntity,
  IndicatorAssignmentLeaderEntity,
  TaskEntity,
  TaskDepartmentEntity,
  TargetEntity,
];
