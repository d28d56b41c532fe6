/**
 * The 18 indicators of the China business-environment evaluation (中国营商环境评价指标),
 * with the sub-indicators that plans assign to their own lead departments.
 * `keywords` are the words plans use in headings for the indicator ("提高电力服务能力" → electricity);
 * the longest matching keyword wins.
 */
export interface IndicatorDefinition {
  code: string;
  name: string;
  parentCode: string | null;
  order: number;
  keywords: string[];
}

export const INDICATORS = [
  {
    code: 'starting-business',
    name: '开办企业',
    parentCode: null,
    order: 1,
    keywords: ['开办企业', '企业开办', '企业注销'],
  },
  {
    code: 'labour-market',
    name: '劳动力市场监管',
    parentCode: null,
    order: 2,
    keywords: ['劳动力市场'],
  },
  {
    code: 'construction-permits',
    name: '办理建筑许可',
    parentCode: null,
    order: 3,
    keywords: ['建筑许可', '项目审批', '竣工验收'],
  },
  {
    code: 'government-procurement',
    name: '政府采购',
    parentCode: null,
    order: 4,
    keywords: ['政府采购'],
  },
  {
    code: 'bidding',
    name: '招标投标',
    parentCode: null,
    order: 5,
    keywords: ['招标投标', '招投标'],
  },
  {
    code: 'electricity',
    name: '获得电力',
    parentCode: null,
    order: 6,
    keywords: ['获得电力', '电力', '用电'],
  },
  {
    code: 'water-gas',
    name: '获得用水用气',
    parentCode: null,
    order: 7,
    keywords: ['用水用气', '水气'],
  },
  {
    code: 'water',
    name: '获得用水',
    parentCode: 'water-gas',
    order: 1,
    keywords: ['获得用水', '用水'],
  },
  {
    code: 'gas',
    name: '获得用气',
    parentCode: 'water-gas',
    order: 2,
    keywords: ['获得用气', '用气'],
  },
  {
    code: 'registering-property',
    name: '登记财产',
    parentCode: null,
    order: 8,
    keywords: ['登记财产', '财产登记', '不动产登记'],
  },
  { code: 'credit', name: '获得信贷', parentCode: null, order: 9, keywords: ['获得信贷', '信贷'] },
  {
    code: 'minority-investors',
    name: '保护中小投资者',
    parentCode: null,
    order: 10,
    keywords: ['中小投资者'],
  },
  {
    code: 'intellectual-property',
    name: '知识产权创造、保护和运用',
    parentCode: null,
    order: 11,
    keywords: ['知识产权'],
  },
  {
    code: 'cross-border-trade',
    name: '跨境贸易',
    parentCode: null,
    order: 12,
    keywords: ['跨境贸易'],
  },
  {
    code: 'paying-taxes',
    name: '纳税',
    parentCode: null,
    order: 13,
    keywords: ['纳税', '缴纳税费', '税费'],
  },
  {
    code: 'enforcing-contracts',
    name: '执行合同',
    parentCode: null,
    order: 14,
    keywords: ['执行合同', '合同执行'],
  },
  {
    code: 'insolvency',
    name: '办理破产',
    parentCode: null,
    order: 15,
    keywords: ['办理破产', '破产'],
  },
  {
    code: 'market-regulation',
    name: '市场监管',
    parentCode: null,
    order: 16,
    keywords: ['市场监管'],
  },
  {
    code: 'government-services',
    name: '政务服务',
    parentCode: null,
    order: 17,
    keywords: ['政务服务'],
  },
  {
    code: 'inclusive-innovation',
    name: '包容普惠创新',
    parentCode: null,
    order: 18,
    keywords: ['包容普惠创新', '包容普惠'],
  },
  {
    code: 'innovation-activity',
    name: '创新创业活跃度',
    parentCode: 'inclusive-innovation',
    order: 1,
    keywords: ['创新创业活跃度'],
  },
  {
    code: 'talent-mobility',
    name: '人才流动便利度',
    parentCode: 'inclusive-innovation',
    order: 2,
    keywords: ['人才流动便利度'],
  },
  {
    code: 'market-openness',
    name: '市场开放度',
    parentCode: 'inclusive-innovation',
    order: 3,
    keywords: ['市场开放度'],
  },
  {
    code: 'public-services-culture',
    name: '基本公共服务满意度——文化',
    parentCode: 'inclusive-innovation',
    order: 4,
    keywords: ['文化开放'],
  },
  {
    code: 'public-services-education',
    name: '基本公共服务满意度——教育',
    parentCode: 'inclusive-innovation',
    order: 5,
    keywords: ['人才教育'],
  },
  {
    code: 'public-services-health',
    name: '基本公共服务满意度——医疗',
    parentCode: 'inclusive-innovation',
    order: 6,
    keywords: ['医疗福祉'],
  },
  {
    code: 'public-services-elderly-care',
    name: '基本公共服务满意度——养老',
    parentCode: 'inclusive-innovation',
    order: 7,
    keywords: ['养老服务'],
  },
  {
    code: 'environment',
    name: '蓝天碧水森林覆盖',
    parentCode: 'inclusive-innovation',
    order: 8,
    keywords: ['蓝天碧水'],
  },
  {
    code: 'transport',
    name: '综合立体交通',
    parentCode: 'inclusive-innovation',
    order: 9,
    keywords: ['综合立体交通'],
  },
] as const satisfies readonly IndicatorDefinition[];

export type IndicatorCode = (typeof INDICATORS)[number]['code'];

export const INDICATOR_CODES = INDICATORS.map((indicator) => indicator.code) as IndicatorCode[];

const byCode = new Map<string, IndicatorDefinition>(INDICATORS.map((i) => [i.code, i]));

export function findIndicator(code: string): IndicatorDefinition | undefined {
  return byCode.get(code);
}

export function isIndicatorCode(code: string): code is IndicatorCode {
  return byCode.has(code);
}
