import { INDICATORS, type IndicatorCode } from '../domain/indicators.js';

/**
 * The indicator a heading or title names, by the catalog's keywords; the longest keyword found
 * wins ("优化用水用气服务" → water-gas, not water). Null when the words name no indicator.
 */
export function matchIndicator(text: string): IndicatorCode | null {
  let best: { code: IndicatorCode; length: number } | null = null;
  for (const indicator of INDICATORS) {
    for (const keyword of indicator.keywords) {
      if (text.includes(keyword) && (!best || keyword.length > best.length)) {
        best = { code: indicator.code, length: keyword.length };
      }
    }
  }
  return best?.code ?? null;
}

/** An indicator printed by name in a table ("获得用水"), falling back to its keywords. */
export function indicatorByName(name: string): IndicatorCode | null {
  return INDICATORS.find((indicator) => indicator.name === name)?.code ?? matchIndicator(name);
}
