import { describe, expect, it } from 'vitest';
import {
  collapseCjkSpaces,
  normaliseForMatching,
  stripMarkup,
  toHalfWidth,
  unifyBrackets,
} from './text.js';

describe('toHalfWidth', () => {
  it.each([
    ['（１）ＡＢｃ：９０％', '(1)ABc:90%'],
    ['县行政审批服务局牵头，县公安局；', '县行政审批服务局牵头,县公安局;'],
    ['宜君\u3000县', '宜君 县'],
    // Chinese-only punctuation has no ASCII twin and stays.
    ['县发改局、县财政局。', '县发改局、县财政局。'],
  ])('%s → %s', (input, expected) => {
    expect(toHalfWidth(input)).toBe(expected);
  });
});

describe('stripMarkup', () => {
  it.each([
    ['29. **优化外贸服务。**简化办理环节', '29. 优化外贸服务。简化办理环节'],
    ['#### （一）深化“6项改革”', '（一）深化“6项改革”'],
    ['正文\n## 2. 不断加强事中事后监管', '正文\n2. 不断加强事中事后监管'],
    ['- （一）非麟游行政辖区管辖事务；', '（一）非麟游行政辖区管辖事务；'],
    ['拨打12345#号键', '拨打12345#号键'],
  ])('%s', (input, expected) => {
    expect(stripMarkup(input)).toBe(expected);
  });
});

describe('unifyBrackets', () => {
  it.each([
    ['〔牵头单位：县水务局]', '(牵头单位：县水务局)'],
    ['[县工信局（科技局）牵头]', '(县工信局(科技局)牵头)'],
    ['【说明】', '(说明)'],
  ])('%s → %s', (input, expected) => {
    expect(unifyBrackets(input)).toBe(expected);
  });
});

describe('collapseCjkSpaces', () => {
  it.each([
    ['县司法 局', '县司法局'],
    ['按职责\n\n分工负责', '按职责分工负责'],
    ['县人社局、\n县税务局', '县人社局、县税务局'],
    ['（县行政审批服务局牵头, 县公安局）', '（县行政审批服务局牵头,县公安局）'],
    ['麟游县 12345 政务服务热线', '麟游县12345政务服务热线'],
    ['副县长\n\n闫秉云，牵头部门', '副县长闫秉云，牵头部门'],
    ['VR  glasses', 'VR glasses'],
  ])('%j → %j', (input, expected) => {
    expect(collapseCjkSpaces(input)).toBe(expected);
  });

  it('keeps paragraph breaks of a whole document when asked', () => {
    const page = '一、思路目标\n\n以习近平 新时代中国特色社会主义思想为指导';
    expect(collapseCjkSpaces(page, { keepLineBreaks: true })).toBe(
      '一、思路目标\n\n以习近平新时代中国特色社会主义思想为指导',
    );
  });
});

describe('normaliseForMatching', () => {
  it('makes two printings of the same attribution equal', () => {
    const fromPdf =
      '（县公安局牵头，县检察院、县司法\n\n局、县市场监管局等部门和各乡镇按职责分工负责)';
    const clean = '(县公安局牵头,县检察院、县司法局、县市场监管局等部门和各乡镇按职责分工负责)';
    expect(normaliseForMatching(fromPdf)).toBe(clean);
  });

  it('drops bold markers and unifies the brackets of a unit name', () => {
    expect(normaliseForMatching(' **县工信局（科技局）** ')).toBe('县工信局(科技局)');
  });
});
