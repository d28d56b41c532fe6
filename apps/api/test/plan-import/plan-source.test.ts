import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { readPastedPlan, readUploadedPlan } from '../../src/plan-import/plan-source.js';
import { encodeGb18030 } from './encodings.js';

/** The ways a document reaches the importer, below the HTTP layer (see plan-import.test.ts). */
describe('reading a plan document', () => {
  const text = '一、重点任务\n1.推行企业开办一日办结。（县行政审批服务局牵头）';

  it.each([
    ['UTF-8', Buffer.from(text), 'utf-8'],
    [
      'UTF-8 with BOM',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
      'utf-8',
    ],
    [
      'UTF-16LE with BOM',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
      'utf-16le',
    ],
    ['GB18030', encodeGb18030(text), 'gb18030'],
  ])('decodes %s text without being told', (_name, bytes, encoding) => {
    const read = readUploadedPlan('方案.TXT', bytes);
    expect(read).toMatchObject({ kind: 'text', encoding, text, original: text });
  });

  it('parses a traditional-character document in simplified, keeping the original', () => {
    const traditional = '一、重點任務\n1.推行企業開辦一日辦結。（縣行政審批服務局牽頭）';
    const read = readPastedPlan(traditional);
    expect(read.convertedFromTraditional).toBe(true);
    expect(read.text).toBe(text);
    expect(read.original).toBe(traditional);
  });

  it('leaves a simplified document with one stray traditional character as written', () => {
    // One changed character in more than fifty Han characters: below the 2 % of a traditional text.
    const read = readPastedPlan(
      `${text}\n`.repeat(2) + '制定基金管理辦法，扩大投资规模，优化营商环境。',
    );
    expect(read.convertedFromTraditional).toBe(false);
    expect(read.text).toContain('辦法');
  });

  it('reads .docx headings as # lines and wholly bold paragraphs as **…**', async () => {
    const docx = await Packer.toBuffer(
      new Document({
        sections: [
          {
            children: [
              new Paragraph({ text: '一、重点任务', heading: HeadingLevel.HEADING_2 }),
              new Paragraph({ children: [new TextRun({ text: '（一）政务服务', bold: true })] }),
              new Paragraph({
                children: [new TextRun('1.推行'), new TextRun({ text: '一日办结', bold: true })],
              }),
            ],
          },
        ],
      }),
    );
    expect(readUploadedPlan('plan.docx', docx).text).toBe(
      '## 一、重点任务\n**（一）政务服务**\n1.推行一日办结',
    );
  });
});
