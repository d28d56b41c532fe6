import { describe, expect, it } from 'vitest';
import { readHeader } from './header.js';
import { PlanParseError } from './issues.js';
import { joinParagraphs, readSourceLines } from './lines.js';

const paragraphs = (text: string) => joinParagraphs(readSourceLines(text));

const NOTICE = [
  '眉政办发〔2024〕26号',
  '眉县人民政府办公室',
  '关于印发《眉县推动“高效办成一件事”实施方案》的通知',
  '各镇人民政府：',
  '《眉县推动“高效办成一件事”实施方案》已经县政府同意，现印发给你们，请认真贯彻执行。',
  '眉县人民政府办公室',
  '2024年8月6日',
  '眉县推动“高效办成',
  '一件事”实施方案',
  '为深入贯彻落实……制定本方案。',
].join('\n');

describe('document header', () => {
  it('reads number, issuer, date and the title broken over two lines', () => {
    const text = paragraphs(NOTICE);
    const header = readHeader(text);
    expect(header).toEqual({
      title: '眉县推动“高效办成一件事”实施方案',
      issuer: '眉县人民政府办公室',
      documentNumber: '眉政办发〔2024〕26号',
      issuedDate: '2024-08-06',
      year: 2024,
      bodyStart: 9,
    });
    expect(text[header.bodyStart]?.text).toBe('为深入贯彻落实……制定本方案。');
  });

  it('takes the year printed in the title before the year of the number', () => {
    const text = NOTICE.replaceAll('眉县推动', '眉县2025年推动');
    expect(readHeader(paragraphs(text)).year).toBe(2025);
  });

  it('fails on a document without the notice that issues the plan', () => {
    expect(() => readHeader(paragraphs('某某方案\n一、总体要求'))).toThrow(PlanParseError);
  });
});
