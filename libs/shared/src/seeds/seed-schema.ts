import { z } from 'zod';
import { DEPARTMENT_KINDS } from '../domain/department.js';
import { INDICATOR_CODES, type IndicatorCode } from '../domain/indicators.js';
import { JURISDICTION_LEVELS } from '../domain/jurisdiction.js';
import { TASK_KINDS } from '../domain/plan.js';
import { TARGET_COMPARATORS } from '../domain/target.js';

/** Schemas of the reviewed data files in `seeds/`: the catalog and one file per plan. */

const calendarDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
const indicatorCode = z.enum(INDICATOR_CODES as [IndicatorCode, ...IndicatorCode[]]);

export const seedDepartmentSchema = z.strictObject({
  name: z.string().min(2),
  kind: z.enum(DEPARTMENT_KINDS),
  aliases: z.array(z.string().min(2)),
});

export const seedLeaderSchema = z.strictObject({
  name: z.string().min(2),
  title: z.string().min(2),
});

export const seedJurisdictionSchema = z.strictObject({
  code: z.string().regex(/^\d{6}$/, 'expected a GB/T 2260 code'),
  name: z.string().min(2),
  level: z.enum(JURISDICTION_LEVELS),
  parentCode: z
    .string()
    .regex(/^\d{6}$/)
    .nullable(),
  departments: z.array(seedDepartmentSchema),
  leaders: z.array(seedLeaderSchema),
});

export const seedCatalogSchema = z.strictObject({
  jurisdictions: z.array(seedJurisdictionSchema),
});

export const deadlineSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('none'), printed: z.null() }),
  z.strictObject({ kind: z.literal('date'), date: calendarDate, printed: z.string().min(1) }),
  z.strictObject({ kind: z.literal('milestone'), date: calendarDate, printed: z.string().min(1) }),
  z.strictObject({ kind: z.literal('ongoing'), printed: z.string().min(1) }),
  z.strictObject({
    kind: z.literal('phase'),
    phase: z.string().min(1),
    date: calendarDate,
    printed: z.string().min(1),
  }),
]);

export const targetSchema = z.strictObject({
  metric: z.string().min(1),
  comparator: z.enum(TARGET_COMPARATORS),
  value: z.number(),
  unit: z.string(),
  period: z.string().nullable(),
  baseline: z.number().nullable(),
  printed: z.string().min(1),
});

export const seedTaskSchema = z.strictObject({
  code: z.string().min(1),
  parentCode: z.string().nullable(),
  sectionCode: z.string().nullable(),
  kind: z.enum(TASK_KINDS),
  title: z.string().min(1),
  body: z.string(),
  indicator: indicatorCode.nullable(),
  leadDepartments: z.array(z.string().min(2)),
  supportDepartments: z.array(z.string().min(2)),
  attribution: z.string().nullable(),
  deadline: deadlineSchema,
  targets: z.array(targetSchema),
  order: z.number().int().nonnegative(),
});

export const seedPlanSchema = z.strictObject({
  /** Stable key of the plan in seeds, e.g. "linyou-2021". */
  key: z.string().regex(/^[a-z0-9-]+$/),
  jurisdictionCode: z.string().regex(/^\d{6}$/),
  /** The plan this one is an annex of (麟游's 一网通办 annex), else null. */
  parentPlanKey: z.string().nullable(),
  source: z.strictObject({ file: z.string(), annex: z.string().nullable() }),
  title: z.string().min(2),
  issuer: z.string().min(2),
  documentNumber: z.string().nullable(),
  issuedDate: calendarDate.nullable(),
  year: z.number().int().min(2000).max(2100),
  phases: z.array(
    z.strictObject({
      name: z.string(),
      start: calendarDate,
      end: calendarDate,
      printed: z.string(),
    }),
  ),
  sections: z.array(
    z.strictObject({
      code: z.string().min(1),
      title: z.string().min(1),
      parentCode: z.string().nullable(),
      indicator: indicatorCode.nullable(),
      order: z.number().int().nonnegative(),
    }),
  ),
  indicatorAssignments: z.array(
    z.strictObject({
      indicator: indicatorCode,
      leadDepartments: z.array(z.string().min(2)),
      leaders: z.array(z.string().min(2)),
      leaderText: z.string().nullable(),
      printed: z.string(),
    }),
  ),
  tasks: z.array(seedTaskSchema),
});

export type SeedCatalog = z.infer<typeof seedCatalogSchema>;
export type SeedJurisdiction = z.infer<typeof seedJurisdictionSchema>;
export type SeedPlan = z.infer<typeof seedPlanSchema>;
export type SeedTask = z.infer<typeof seedTaskSchema>;
