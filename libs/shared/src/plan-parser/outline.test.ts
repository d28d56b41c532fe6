import { describe, expect, it } from 'vitest';
import { joinParagraphs, readSourceLines } from './lines.js';
import { buildOutline, type OutlineNode } from './outline.js';

function outline(text: string) {
  const shape = (node: OutlineNode): unknown => ({
    marker: `${node.marker.kind} ${node.marker.label}`,
    text: node.text,
    ...(node.children.length > 0 ? { children: node.children.map(shape) } : {}),
  });
  return buildOutline(joinParagraphs(readSourceLines(text))).map(shape);
}

describe('plan outline', () => {
  it('nests parts, groups and numbered tasks and keeps narrative out', () => {
    expect(
      outline(
        [
          '三、工作任务',
          '认真贯彻落实……明确具体工作任务。',
          '（一）简化企业开办（包抓领导：副县长甲，牵头部门：县行政审批服务局）',
          '1.推行“企业开办一网通办”。（1）依托平台。',
          '（2）优化流程。（县行政审批服务局牵头，各镇按职责分工负责）',
          '各县区要严格按照分工安排。',
          '四、保障措施',
          '89.加强组织领导。（县职转和营商办牵头）',
        ].join('\n'),
      ),
    ).toEqual([
      {
        marker: 'part 三',
        text: '工作任务',
        children: [
          {
            marker: 'group 一',
            text: '简化企业开办（包抓领导：副县长甲，牵头部门：县行政审批服务局）',
            children: [
              {
                marker: 'numbered 1',
                text: '推行“企业开办一网通办”。（1）依托平台。\n（2）优化流程。（县行政审批服务局牵头，各镇按职责分工负责）',
              },
            ],
          },
        ],
      },
      {
        marker: 'part 四',
        text: '保障措施',
        children: [{ marker: 'numbered 89', text: '加强组织领导。（县职转和营商办牵头）' }],
      },
    ]);
  });

  it('continues an open item over a page break, mid-sentence or after a full stop', () => {
    expect(
      outline(
        '(六) 配合建设数据库。(1) 汇聚数据，做到\n\n数据收集全面。\n\n4.深入推进改革。\n\n全面推行告知承诺制。（县司法局牵头）',
      ),
    ).toEqual([
      {
        marker: 'group 六',
        text: '配合建设数据库。（1）汇聚数据，做到数据收集全面。',
        children: [
          { marker: 'numbered 4', text: '深入推进改革。全面推行告知承诺制。（县司法局牵头）' },
        ],
      },
    ]);
  });
});
