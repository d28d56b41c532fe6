/**
 * The words a plan would print for a deadline date: "2022年6月底前" on the last day of a month,
 * else "2022年6月15日前". Offered as the default wording of an extension; the user may edit it.
 */
export function deadlineWords(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return '';
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day === lastDay ? `${year}年${month}月底前` : `${year}年${month}月${day}日前`;
}
