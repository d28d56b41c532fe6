/** Filter options of an antd Table column: each distinct value once, in Chinese collation order. */
export function distinctOptions(values: string[]): { text: string; value: string }[] {
  return [...new Set(values)]
    .sort((a, b) => a.localeCompare(b, 'zh-CN'))
    .map((value) => ({ text: value, value }));
}
