import { describe, expect, it } from 'vitest';
import { readMarker } from './markers.js';

describe('outline markers', () => {
  it.each([
    ['三、2021年工作任务分工', 'part', 3, '2021年工作任务分工'],
    ['（十八）推进包容普惠创新', 'group', 18, '推进包容普惠创新'],
    ['(一) 持续深化…', 'group', 1, '持续深化…'],
    ['23.简并税费申报。', 'numbered', 23, '简并税费申报。'],
    ['100. 严格做好任务落实保障。', 'numbered', 100, '严格做好任务落实保障。'],
    ['2．深化改革', 'numbered', 2, '深化改革'],
    ['（1）依托平台', 'sub', 1, '依托平台'],
    ['(12)其他', 'sub', 12, '其他'],
  ])('reads %j', (paragraph, kind, number, rest) => {
    expect(readMarker(paragraph)).toMatchObject({ kind, number, rest });
  });

  it.each(['1.5个工作日以内办结', '12345政务服务热线', '第一章 总则', '附件：1. 方案', '一件事'])(
    'finds no marker in %j',
    (paragraph) => {
      expect(readMarker(paragraph)).toBeNull();
    },
  );
});
