/** Chinese numerals as plans print them in outline markers ("十八、", "（二十）"): 1–99. */

const DIGITS = '〇一二三四五六七八九';

export function parseChineseNumeral(printed: string): number | null {
  if (!/^[一二三四五六七八九十]{1,3}$/.test(printed)) return null;
  const ten = printed.indexOf('十');
  if (ten < 0) return printed.length === 1 ? DIGITS.indexOf(printed) : null;
  if (printed.indexOf('十', ten + 1) >= 0) return null;
  const tens = ten === 0 ? 1 : DIGITS.indexOf(printed.slice(0, ten));
  const onesText = printed.slice(ten + 1);
  const ones = onesText === '' ? 0 : DIGITS.indexOf(onesText);
  if (tens < 1 || ones < 0 || ten > 1) return null;
  return tens * 10 + ones;
}
