import { AuditChainEntity } from '../audit/audit-chain.entity.js';
import { AuditLogPurgedEntity } from '../audit/audit-log-purged.entity.js';
import { AssessmentPublicationEntity } from '../assessment/assessment-publication.entity.js';
import { AssessmentRuleSetEntity } from '../assessment/assessment-rule-set.entity.js';
import { PlanImportDraftEntity } from '../plan-import/plan-import-draft.entity.js';
import { AuditLogEntity } from '../audit/audit-log.entity.js';
import { BulletinDepartmentEntity } from '../bulletins/bulletin-department.entity.js';
import { BulletinEntity } from '../bulletins/bulletin.entity.js';
import { SessionEntity } from '../auth/session.entity.js';
import { DepartmentAliasEntity } from '../departments/department-alias.entity.js';
import { DepartmentEntity } from '../departments/department.entity.js';
import { IndicatorEntity } from '../indicators/indicator.entity.js';
import { JurisdictionEntity } from '../jurisdictions/jurisdiction.entity.js';
import { NotificationReadEntity } from '../notifications/notification-read.entity.js';
import { NotificationEntity } from '../notifications/notification.entity.js';
import { NoticeEventEntity } from '../notices/notice-event.entity.js';
import { SupervisionNoticeEntity } from '../notices/supervision-notice.entity.js';
import { ProblemAttachmentEntity } from '../problems/problem-attachment.entity.js';
import { ProblemEventEntity } from '../problems/problem-event.entity.js';
import { ProblemEntity } from '../problems/problem.entity.js';
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
import { UserEntity } from '../users/user.entity.js';
import { AttachmentEntity } from '../attachments/attachment.entity.js';
import { HolidayYearEntity } from '../calendar/holiday-year.entity.js';
import { JurisdictionSettingEntity } from '../report-settings/jurisdiction-setting.entity.js';
import { ProgressReportEntity } from '../reports/progress-report.entity.js';
import { ReportAttachmentEntity } from '../reports/report-attachment.entity.js';
import { ReportEventEntity } from '../reports/report-event.entity.js';
import { ReportPeriodLockEntity } from '../reports/report-period-lock.entity.js';
import { ReportTargetActualEntity } from '../reports/report-target-actual.entity.js';
import { ChangeRequestDepartmentEntity } from '../task-tracking/change-requests/change-request-department.entity.js';
import { ChangeRequestEntity } from '../task-tracking/change-requests/change-request.entity.js';
import { ClosureRequestAttachmentEntity } from '../task-tracking/closures/closure-request-attachment.entity.js';
import { ClosureRequestEntity } from '../task-tracking/closures/closure-request.entity.js';
import { TaskEventEntity } from '../task-tracking/events/task-event.entity.js';
import { InstructionAckEntity } from '../task-tracking/instructions/instruction-ack.entity.js';
import { InstructionEntity } from '../task-tracking/instructions/instruction.entity.js';

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
  UserEntity,
  SessionEntity,
  NotificationEntity,
  NotificationReadEntity,
  ProblemEntity,
  ProblemEventEntity,
  ProblemAttachmentEntity,
  SupervisionNoticeEntity,
  NoticeEventEntity,
  AuditLogEntity,
  AuditChainEntity,
  AuditLogPurgedEntity,
  HolidayYearEntity,
  JurisdictionSettingEntity,
  AttachmentEntity,
  ProgressReportEntity,
  ReportTargetActualEntity,
  ReportEventEntity,
  ReportAttachmentEntity,
  TaskEventEntity,
  ClosureRequestEntity,
  ClosureRequestAttachmentEntity,
  ChangeRequestEntity,
  ChangeRequestDepartmentEntity,
  InstructionEntity,
  InstructionAckEntity,
  BulletinEntity,
  BulletinDepartmentEntity,
  ReportPeriodLockEntity,
  AssessmentRuleSetEntity,
  AssessmentPublicationEntity,
  PlanImportDraftEntity,
];
