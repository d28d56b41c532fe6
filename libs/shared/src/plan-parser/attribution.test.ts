import { describe, expect, it } from 'vitest';
import {
  isGroupName,
  parseAttribution,
  parseGroupHeading,
  parseLeaderClause,
  parseLeaderNames,
  parseResponsibleCell,
  splitUnitNames,
  type ParsedAttribution,
} from './attribution.js';

const YIJUN_TOWNS = ['各乡镇人民政府（街道）', '综合服务中心', '县科技工业园区管委会'];

/** Every printed form below is copied from the seed documents (麟游, 眉县, 宜君, 宝鸡). */
const cases: Array<[string, string, Partial<ParsedAttribution>]> = [
  [
    '麟游 重点改革(一): lead, support list, "按照职责"',
    '(县行政审批服务局牵头，县自然资源局、县发改局、县住建局、县生态环境局、县水利局、县文旅局等部门及各镇按照职责分工负责)',
    {
      lead: ['县行政审批服务局'],
      support: [
        '县自然资源局',
        '县发改局',
        '县住建局',
        '县生态环境局',
        '县水利局',
        '县文旅局',
        '各镇',
      ],
      leadInferred: false,
      deadlineText: null,
    },
  ],
  [
    '麟游 重点改革(二): "Y负责" next to the lead is the first support unit',
    '(县职转和营商办牵头，县数字化信息服务中心负责，县行政审批服务局等部门及各镇按职责分工负责)',
    { lead: ['县职转和营商办'], support: ['县数字化信息服务中心', '县行政审批服务局', '各镇'] },
  ],
  [
    '麟游 18: a company "负责"',
    '（县水利局牵头，陕西省水务集团麟游县供水有限公司负责，县住建局、县发改局等部门及各镇按职责分工负责）',
    {
      lead: ['县水利局'],
      support: ['陕西省水务集团麟游县供水有限公司', '县住建局', '县发改局', '各镇'],
    },
  ],
  [
    '麟游 重点改革(三): two leads',
    '(县行政审批服务局、县数字化信息服务中心牵头，各镇各部门按职责分工负责)',
    { lead: ['县行政审批服务局', '县数字化信息服务中心'], support: ['各镇各部门'] },
  ],
  [
    '麟游 17: "按职责牵头"',
    '（县住建局、县水利局按职责牵头，县发改局、陕西省水务集团麟游县供水有限公司、宝鸡中燃麟游燃气发展有限公司及各镇按职责分工负责）',
    {
      lead: ['县住建局', '县水利局'],
      support: [
        '县发改局',
        '陕西省水务集团麟游县供水有限公司',
        '宝鸡中燃麟游燃气发展有限公司',
        '各镇',
      ],
    },
  ],
  [
    '麟游 35: no 牵头 — the first unit is taken as lead',
    '（县金融办、县税务局、县发改局、县财政局等部门及各镇按职责分工负责）',
    {
      lead: ['县金融办'],
      support: ['县税务局', '县发改局', '县财政局', '各镇'],
      leadInferred: true,
    },
  ],
  [
    '麟游 40: broken across pages, "等部门和各乡镇", mixed brackets',
    '（县公安局牵头，县检察院、县法院、县发改局、县司法\n\n局、县市场监管局等部门和各乡镇按职责分工负责)',
    {
      lead: ['县公安局'],
      support: ['县检察院', '县法院', '县发改局', '县司法局', '县市场监管局', '各乡镇'],
    },
  ],
  [
    '麟游 74: square brackets around a nested bracket',
    '[县工信局（科技局）牵头，各镇各部门按职责分工负责]',
    { lead: ['县工信局（科技局）'], support: ['各镇各部门'] },
  ],
  [
    '麟游 80: "各镇、各部门" split by a comma share the verb',
    '（县职转和营商办牵头，各镇、各部门按职责分工负责）',
    { lead: ['县职转和营商办'], support: ['各镇', '各部门'] },
  ],
  [
    '麟游 1: 驻县各金融机构 and a city unit with a county office',
    '(县行政审批服务局牵头, 县公安局、县人社局、县税务局、县市场监管局、驻县各金融机构、市住房公积金管理中心麟游管理部等部门及各镇按职责分工负责)',
    {
      lead: ['县行政审批服务局'],
      support: [
        '县公安局',
        '县人社局',
        '县税务局',
        '县市场监管局',
        '驻县各金融机构',
        '市住房公积金管理中心麟游管理部',
        '各镇',
      ],
    },
  ],
  [
    '麟游 一网通办 annex: deadline inside the attribution',
    '(县行政审批服务局牵头,县级相关部门按职责分工负责,7月底前完成)',
    { lead: ['县行政审批服务局'], support: ['县级相关部门'], deadlineText: '7月底前完成' },
  ],
  [
    '麟游 一网通办 annex: "持续推进"',
    '(县行政审批服务局牵头,县级相关部门及各镇按职责分工负责,持续推进)',
    { lead: ['县行政审批服务局'], support: ['县级相关部门', '各镇'], deadlineText: '持续推进' },
  ],
  [
    '麟游 一网通管 annex: "以及"',
    '（县市场监管局牵头，县数字化信息服务中心、县司法局以及相关行政监管执法部门按职责分工负责）',
    {
      lead: ['县市场监管局'],
      support: ['县数字化信息服务中心', '县司法局', '相关行政监管执法部门'],
    },
  ],
  [
    '眉县 1: labelled, with a milestone deadline',
    '（牵头单位：县行政审批局；责任单位：县级有关部门，各镇街；完成时限：2024年10月底前取得阶段性成效，持续推进）',
    {
      lead: ['县行政审批局'],
      support: ['县级有关部门', '各镇街'],
      leadInferred: false,
      deadlineText: '2024年10月底前取得阶段性成效，持续推进',
    },
  ],
  [
    '眉县 10: "责任单位" only — the first unit is taken as lead',
    '（责任单位：县行政审批局、县教体局、县人社局、县卫健局、县民政局、县住建局、县自然资源局、县商务和工业信息化局等部门，各镇街；完成时限：持续推进）',
    {
      lead: ['县行政审批局'],
      support: [
        '县教体局',
        '县人社局',
        '县卫健局',
        '县民政局',
        '县住建局',
        '县自然资源局',
        '县商务和工业信息化局',
        '各镇街',
      ],
      leadInferred: true,
      deadlineText: '持续推进',
    },
  ],
  [
    '眉县 5: group words as lead and support',
    '（牵头单位：清单各事项牵头单位；责任单位：各事项配合单位；完成时限：2024年10月底前取得阶段性成效，持续推进）',
    { lead: ['清单各事项牵头单位'], support: ['各事项配合单位'] },
  ],
  [
    '宜君 一.1: 〔〕 with a lost separator before 各乡镇',
    '〔牵头单位：县行政审批服务局；配合单位：县级相关部门各乡镇人民政府（街道）、综合服务中心，县科技工业园区管委会〕',
    { lead: ['县行政审批服务局'], support: ['县级相关部门', ...YIJUN_TOWNS] },
  ],
  [
    '宜君 二.10: a closing bracket left mid-way by a page break',
    '〔牵头单位：县行政审批服务局；配合单位：县市场监管局、县税务局、县人社局等县级相关部门〕\n\n及各乡镇人民政府（街道）、综合服务中心，县科技工业园区管委会]',
    {
      lead: ['县行政审批服务局'],
      support: ['县市场监管局', '县税务局', '县人社局', ...YIJUN_TOWNS],
    },
  ],
  [
    '宜君 二.3: a label without its colon',
    '〔牵头单位：县水务局；配合单位陕西水务集团及各乡镇人民政府（街道）、综合服务中心，县科技工业园区管委会〕',
    { lead: ['县水务局'], support: ['陕西水务集团', ...YIJUN_TOWNS] },
  ],
  [
    '宜君 二.2: a line break after the label, closed by "]"',
    '〔牵头单位：\n\n县自然资源局；配合单位：县发展和改革局、县行政审批服务局等相关部门及各乡镇人民政府（街道）、综合服务中心，县科技工业园区管委会]',
    { lead: ['县自然资源局'], support: ['县发展和改革局', '县行政审批服务局', ...YIJUN_TOWNS] },
  ],
  [
    '宝鸡 100: "按职责分别牵头"',
    '(市司法局、市统计局、市政府研究室、市政府办公室按职责分别牵头,市级有关部门及各县区按职责分工负责)',
    {
      lead: ['市司法局', '市统计局', '市政府研究室', '市政府办公室'],
      support: ['市级有关部门', '各县区'],
    },
  ],
  [
    '宝鸡 6: 各县区、开发区、园区',
    '(市行政审批服务局牵头,市发改委、市住建局、市自然资源和规划局等部门及各县区、开发区、园区按职责分工负责)',
    {
      lead: ['市行政审批服务局'],
      support: ['市发改委', '市住建局', '市自然资源和规划局', '各县区', '开发区', '园区'],
    },
  ],
  [
    '宝鸡 99: no 牵头, a group word second',
    '(市政府新闻办、市级各媒体、市行政审批服务局、市政务服务中心等部门及各县区、各开发区、园区按职责分工负责)',
    {
      lead: ['市政府新闻办'],
      support: ['市级各媒体', '市行政审批服务局', '市政务服务中心', '各县区', '各开发区', '园区'],
      leadInferred: true,
    },
  ],
  ['宝鸡 100 (prose): a lead alone', '(市统计局牵头)', { lead: ['市统计局'], support: [] }],
  [
    'only group words: nobody is made lead',
    '（各镇各部门按职责分工负责）',
    { lead: [], support: ['各镇各部门'], leadInferred: false },
  ],
  [
    'a responsible unit alone',
    '（责任单位：县行政审批局）',
    { lead: ['县行政审批局'], support: [], leadInferred: true, deadlineText: null },
  ],
];

describe('parseAttribution', () => {
  it.each(cases)('%s', (_, printed, expected) => {
    expect(parseAttribution(printed)).toMatchObject(expected);
  });
});

describe('splitUnitNames', () => {
  it.each([
    ['县住建局及供气企业', ['县住建局', '供气企业']],
    ['县水利局及供水企业、县住建局', ['县水利局', '供水企业', '县住建局']],
    // "和" inside a name is not a separator.
    ['县商务和工业信息化局及通信网络运营商', ['县商务和工业信息化局', '通信网络运营商']],
    ['县职转和营商办、县行政审批服务局', ['县职转和营商办', '县行政审批服务局']],
    ['县发改局、县市场监管局等部门', ['县发改局', '县市场监管局']],
    ['县公安局、县税务局、县公积金中心等相关单位', ['县公安局', '县税务局', '县公积金中心']],
    ['人民银行宝鸡市分行（市级权限）', ['人民银行宝鸡市分行']],
    ['县发改局、县发改局', ['县发改局']],
  ])('%s', (list, expected) => {
    expect(splitUnitNames(list)).toEqual(expected);
  });
});

describe('parseResponsibleCell', () => {
  it('takes the ★ unit as the bundle lead and a line break as a separator', () => {
    expect(parseResponsibleCell('★县住建局\n县自然资源局、县交通局等部门\n')).toEqual({
      lead: ['县住建局'],
      units: ['县住建局', '县自然资源局', '县交通局'],
    });
  });

  it('reads a list broken after its separator', () => {
    expect(parseResponsibleCell('县人社局、\n县税务局\n')).toEqual({
      lead: [],
      units: ['县人社局', '县税务局'],
    });
  });
});

describe('isGroupName', () => {
  it.each([
    '各镇',
    '各镇各部门',
    '各县区',
    '县级相关部门',
    '市级有关部门',
    '有关镇',
    '驻县各金融机构',
    '相关行政监管执法部门',
    '清单各事项牵头单位',
  ])('%s is a group', (name) => expect(isGroupName(name)).toBe(true));
  it.each([
    '县行政审批服务局',
    '县委组织部',
    '园区管委会',
    '宝鸡海关',
    '陕西省水务集团麟游县供水有限公司',
  ])('%s is a unit', (name) => expect(isGroupName(name)).toBe(false));
});

describe('parseLeaderNames', () => {
  it.each([
    ['县委常委、副县长闫秉云', [{ name: '闫秉云', title: '县委常委、副县长' }]],
    ['县委常委副县长闫秉云', [{ name: '闫秉云', title: '县委常委副县长' }]],
    [
      '副县长尹少平、副县长李婷',
      [
        { name: '尹少平', title: '副县长' },
        { name: '李婷', title: '副县长' },
      ],
    ],
    ['市政府分管领导', []],
    ['县委常委、副县长', []],
  ])('%s', (text, expected) => {
    expect(parseLeaderNames(text)).toEqual(expected);
  });
});

describe('parseLeaderClause', () => {
  it('reads a named leader and a lead department', () => {
    expect(
      parseLeaderClause('（包抓领导：县委常委、副县长闫秉云，牵头部门：县行政审批服务局）'),
    ).toEqual({
      leaders: [{ name: '闫秉云', title: '县委常委、副县长' }],
      leaderText: '县委常委、副县长闫秉云',
      leadDepartments: ['县行政审批服务局'],
      printed: '（包抓领导：县委常委、副县长闫秉云，牵头部门：县行政审批服务局）',
    });
  });

  it('reads two leaders and two departments', () => {
    expect(
      parseLeaderClause('（包抓领导：副县长尹少平、副县长李婷，牵头部门：县住建局、县水利局）'),
    ).toMatchObject({
      leaders: [
        { name: '尹少平', title: '副县长' },
        { name: '李婷', title: '副县长' },
      ],
      leadDepartments: ['县住建局', '县水利局'],
    });
  });

  it('reads a clause broken across lines, with half-width punctuation and spaces', () => {
    expect(
      parseLeaderClause('(包抓领导: 县委常委、副县长\n\n闫秉云, 牵头部门: 县工信局)'),
    ).toMatchObject({
      leaders: [{ name: '闫秉云', title: '县委常委、副县长' }],
      leadDepartments: ['县工信局'],
    });
  });

  it.each([
    ['(指标长:市政府分管领导,总牵头部门:市行政审批服务局)', '市政府分管领导', '市行政审批服务局'],
    ['(指标长:市政府联系领导,总牵头部门:市中级人民法院)', '市政府联系领导', '市中级人民法院'],
  ])('keeps a post without a name as text: %s', (clause, leaderText, department) => {
    expect(parseLeaderClause(clause)).toMatchObject({
      leaders: [],
      leaderText,
      leadDepartments: [department],
    });
  });

  it('is null for a bracket that only mentions leaders', () => {
    expect(parseLeaderClause('（包抓领导）')).toBeNull();
  });
});

describe('parseGroupHeading', () => {
  it('splits number, title and clause', () => {
    const heading = parseGroupHeading(
      '(一)简化企业开办(包抓领导:县委常委、副县长闫秉云,牵头部门:县行政审批服务局)',
    );
    expect(heading).toMatchObject({
      ordinal: '(一)',
      title: '简化企业开办',
      clause: { leaders: [{ name: '闫秉云' }], leadDepartments: ['县行政审批服务局'] },
    });
  });

  it('reads a city heading', () => {
    expect(
      parseGroupHeading('(十八)推进包容普惠创新(指标长:市政府分管领导,总牵头部门:市发改委)'),
    ).toMatchObject({
      ordinal: '(十八)',
      title: '推进包容普惠创新',
      clause: { leaders: [], leaderText: '市政府分管领导', leadDepartments: ['市发改委'] },
    });
  });

  it('returns the title alone when there is no clause', () => {
    expect(parseGroupHeading('#### （一）深化“6项改革”')).toEqual({
      ordinal: '（一）',
      title: '深化“6项改革”',
      clause: null,
    });
  });
});
