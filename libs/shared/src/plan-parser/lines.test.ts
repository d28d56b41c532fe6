import { describe, expect, it } from 'vitest';
import { joinParagraphs, readSourceLines } from './lines.js';

const paragraphs = (text: string) => joinParagraphs(readSourceLines(text)).map((p) => p.text);

describe('source lines and paragraphs', () => {
  it('strips Markdown leftovers and the spaces conversion puts inside Chinese text', () => {
    expect(
      paragraphs(
        '## 2. 不断加强事中事后监管\n\n29. **优化外贸服务。**简化 办理 环节\n- 附件：1. 方案',
      ),
    ).toEqual(['2.不断加强事中事后监管', '29.优化外贸服务。简化办理环节', '附件：1.方案']);
  });

  it('joins a heading broken inside its bracket', () => {
    expect(
      paragraphs(
        '（七）促进跨境贸易便利化（包抓领导：县委常委、副县长\n\n闫秉云，牵头部门：县工信局）\n\n29.优化外贸服务。',
      ),
    ).toEqual([
      '（七）促进跨境贸易便利化（包抓领导：县委常委、副县长闫秉云，牵头部门：县工信局）',
      '29.优化外贸服务。',
    ]);
  });

  it('joins a line that starts with "及" and drops the closer printed before the break', () => {
    expect(
      paragraphs(
        '10.提升。〔牵头单位：县行政审批服务局；配合单位：县市场监管局等县级相关部门〕\n\n及各乡镇人民政府（街道）、县科技工业园区管委会]',
      ),
    ).toEqual([
      '10.提升。〔牵头单位：县行政审批服务局；配合单位：县市场监管局等县级相关部门及各乡镇人民政府（街道）、县科技工业园区管委会〕',
    ]);
  });

  it('keeps an unclosed bracket from swallowing the next outline item', () => {
    expect(paragraphs('1.甲（牵头\n2.乙')).toEqual(['1.甲（牵头', '2.乙']);
  });

  it('makes converted ASCII punctuation Chinese again', () => {
    expect(
      paragraphs(
        '(2) 优化企业开办各环节办理流程, 压缩开办时间。(县法院牵头, 各镇按职责\n\n分工负责)',
      ),
    ).toEqual([
      '（2）优化企业开办各环节办理流程，压缩开办时间。（县法院牵头，各镇按职责分工负责）',
    ]);
  });
});
