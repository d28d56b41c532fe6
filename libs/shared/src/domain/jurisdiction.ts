/** Administrative levels of China's divisions that our users work at (省 > 市 > 县/区). */
export const JURISDICTION_LEVELS = ['province', 'city', 'county'] as const;
export type JurisdictionLevel = (typeof JURISDICTION_LEVELS)[number];

export const JURISDICTION_LEVEL_LABELS: Record<JurisdictionLevel, string> = {
  province: '省',
  city: '市',
  county: '县（区）',
};

export interface Jurisdiction {
  /** National administrative division code (GB/T 2260), e.g. "610329" for 麟游县. */
  code: string;
  name: string;
  level: JurisdictionLevel;
  parentCode: string | null;
}
