// Names and sentences of the synthetic province: plausible Chinese text of realistic length, so
// rows weigh what real ones do. Nothing here is random; the generator picks by index.

/** The ten prefecture-level cities of Shaanxi with their real codes (the province is 610000). */
export const CITIES = [
  { code: '610100', name: '西安市', short: '西安' },
  { code: '610200', name: '铜川市', short: '铜川' },
  { code: '610300', name: '宝鸡市', short: '宝鸡' },
  { code: '610400', name: '咸阳市', short: '咸阳' },
  { code: '610500', name: '渭南市', short: '渭南' },
  { code: '610600', name: '延安市', short: '延安' },
  { code: '610700', name: '汉中市', short: '汉中' },
  { code: '610800', name: '榆林市', short: '榆林' },
  { code: '610900', name: '安康市', short: '安康' },
  { code: '611000', name: '商洛市', short: '商洛' },
];

const COUNTY_WORDS = [
  '安',
  '宁',
  '丰',
  '平',
  '乐',
  '康',
  '泰',
  '兴',
  '清',
  '阳',
  '山',
  '川',
  '原',
  '岭',
];

/** A two-character county name, distinct within its city: "宝安县", "宝宁县"… */
export function countyName(cityShort, index) {
  return `${cityShort[0]}${COUNTY_WORDS[index % COUNTY_WORDS.length]}县`;
}

/** Forty departments of a county government (牵头/配合单位 of the plans). */
export const DEPARTMENTS = [
  ['县行政审批服务局', 'government'],
  ['县发改局', 'government'],
  ['县财政局', 'government'],
  ['县自然资源局', 'government'],
  ['县住建局', 'government'],
  ['县市场监管局', 'government'],
  ['县税务局', 'government'],
  ['县人社局', 'government'],
  ['县公安局', 'government'],
  ['县司法局', 'government'],
  ['县法院', 'judicial'],
  ['县检察院', 'judicial'],
  ['县工信局', 'government'],
  ['县商务局', 'government'],
  ['县交通运输局', 'government'],
  ['县水利局', 'government'],
  ['县生态环境分局', 'government'],
  ['县农业农村局', 'government'],
  ['县文旅局', 'government'],
  ['县教育局', 'government'],
  ['县卫健局', 'government'],
  ['县民政局', 'government'],
  ['县医保局', 'government'],
  ['县科技局', 'government'],
  ['县统计局', 'government'],
  ['县应急管理局', 'government'],
  ['县城管执法局', 'government'],
  ['县供电分公司', 'enterprise'],
  ['县自来水公司', 'enterprise'],
  ['县燃气公司', 'enterprise'],
  ['县人民银行', 'government'],
  ['县金融办', 'government'],
  ['县大数据中心', 'government'],
  ['县政务服务中心', 'government'],
  ['县不动产登记中心', 'government'],
  ['县公共资源交易中心', 'government'],
  ['县委宣传部', 'party'],
  ['县委编办', 'party'],
  ['县林业局', 'government'],
  ['县营商办', 'government'],
];

const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕';
const GIVEN = [
  '建国',
  '志强',
  '晓东',
  '丽娟',
  '海涛',
  '红梅',
  '文斌',
  '秀英',
  '永明',
  '小军',
  '春燕',
  '伟',
];
const LEADER_TITLES = ['县长', '常务副县长', '副县长', '副县长', '县委常委、副县长', '副县长'];

/** The leaders (县领导) of a county, six of them, by the county's index. */
export function leaders(countyIndex) {
  return LEADER_TITLES.map((title, i) => ({
    name: `${SURNAMES[(countyIndex * 7 + i * 5) % SURNAMES.length]}${GIVEN[(countyIndex + i * 3) % GIVEN.length]}`,
    title,
  }));
}

const TASK_VERBS = ['深化', '优化', '推行', '压缩', '健全', '提升', '推进', '完善', '规范', '落实'];
const TASK_OBJECTS = [
  '企业开办全程网办',
  '工程建设项目审批制度改革',
  '不动产登记“一窗受理”',
  '水电气暖报装“一件事”',
  '涉企收费清单管理',
  '“双随机、一公开”监管',
  '政务服务“好差评”制度',
  '中小企业融资服务',
  '纳税缴费便利化',
  '商事纠纷多元化解',
  '招标投标全流程电子化',
  '政府采购意向公开',
  '企业注销便利化',
  '12345热线诉求办理',
  '惠企政策“免申即享”',
];

/** A task title like "优化工程建设项目审批制度改革（第12项）". */
export function taskTitle(index) {
  return `${TASK_VERBS[index % TASK_VERBS.length]}${TASK_OBJECTS[(index * 7) % TASK_OBJECTS.length]}（第${index + 1}项）`;
}

export const TASK_BODY =
  '对照国家和省市营商环境评价指标，梳理办理环节、申请材料和办理时限，推动线上线下深度融合，' +
  '实行清单化管理、台账式推进，每月报送进展，确保按期完成改革任务并形成可复制推广的经验做法。';

/** Targets as plans write them: metric, comparator, value, unit, baseline. */
export const TARGETS = [
  ['社会投资项目审批时限', 'lte', 50, '工作日', 80],
  ['全程网办率', 'gte', 90, '%', 60],
  ['企业开办时间', 'lte', 1, '工作日', 3],
  ['政务服务好评率', 'gte', 98, '%', 92],
  ['供电可靠率', 'gte', 99.9, '%', 99.5],
  ['纳税时间', 'lte', 80, '小时', 120],
  ['不动产登记办理时限', 'lte', 3, '工作日', 5],
  ['12345热线按时办结率', 'gte', 100, '%', 95],
];

export const WORK_DONE = [
  '本月召开专题推进会1次，梳理办理事项清单，压减申请材料3项，线上办理量较上月增长12%。',
  '完成系统对接测试，实现申请、审批、出件全流程线上流转，平均办理时限压缩至承诺时限以内。',
  '组织业务培训2场，编制办事指南并在政务服务网公开，窗口咨询量明显下降，企业反映良好。',
  '对上月群众反映的问题逐一回访整改，完善首问负责和限时办结制度，形成工作台账并动态更新。',
];

export const PROBLEMS = [
  '',
  '部门间数据共享仍不充分，部分材料需企业重复提交。',
  '基层窗口人员业务能力参差不齐，线上办理引导不足。',
];

export const NEXT_STEPS = [
  '下月继续推进系统联通，开展办件质量抽查。',
  '下步将梳理典型经验做法，做好宣传推广。',
  '持续跟踪办件时效，按月通报进展情况。',
];

export const RETURN_REASON = '佐证材料不完整，请补充后重新报送。';

export const PROBLEM_DESCRIPTIONS = [
  '企业反映项目审批环节多、跑动次数多，办理时限超出承诺时限。',
  '评价中发现政务服务事项网上可办率偏低，部分事项仍需现场办理。',
  '12345热线工单回访满意度偏低，存在推诿扯皮现象。',
  '督查发现涉企检查频次偏高，“双随机”抽查覆盖不到位。',
];

export const PROBLEM_MEASURE = '制定整改方案，明确责任人和时限，整改完成后报县营商办销号。';

export const NOTICE_REASONS = [
  '任务已超过完成时限仍未完成，请说明原因并提出整改措施。',
  '本月进展报告逾期未报送，请立即报送并说明原因。',
  '问题整改进度滞后，请于期限内反馈整改情况。',
];

export const NOTICE_RESPONSE = '已召开专题会议研究，明确整改措施和完成时限，将于下月底前完成。';
