// The province-scale dataset: 1 province, 10 cities, 120 counties, each county with 40
// departments and a three-year plan of 150 tasks reported on for 36 months. Deterministic for a
// given scale and month (it ends at the run's date so the live dashboard has a current month).
import { INDICATORS } from '@bizenv/shared';
import { writeCounty } from './county.mjs';
import { TABLES } from './tables.mjs';
import { CITIES, countyName } from './texts.mjs';

export const SCALES = {
  full: { cities: 10, countiesPerCity: 12, departments: 40, tasks: 150, months: 36 },
  quick: { cities: 2, countiesPerCity: 3, departments: 40, tasks: 150, months: 12 },
};

export const PROVINCE = { code: '610000', name: '陕西省' };

/**
 * Writes the dataset through `sink` ({ columns(table), writer(table, columns), flush() }).
 * Returns the counties with the accounts to sign in with.
 */
export async function generate(sink, { scale, frame, passwordHash }) {
  const hasLeaderLink = (await sink.columns('app_user')).includes('leader_id');
  const w = {};
  for (const [key, [table, columns]] of Object.entries(TABLES)) {
    const all = key === 'user' && hasLeaderLink ? [...columns, 'leader_id'] : columns;
    w[key] = sink.writer(table, all);
  }
  const ids = Object.fromEntries(Object.keys(TABLES).map((key) => [key, 0]));

  const byCode = new Map(INDICATORS.map((indicator) => [indicator.code, indicator]));
  const parentsFirst = [...INDICATORS].sort((a, b) => depth(a, byCode) - depth(b, byCode));
  for (const { code, name, parentCode, order } of parentsFirst) {
    w.indicator.add(code, name, parentCode, order);
  }
  const leafIndicators = INDICATORS.filter(
    (i) => !INDICATORS.some((c) => c.parentCode === i.code),
  ).map((i) => i.code);

  const since = `${frame.periods[0]}-01T01:00:00.000Z`;
  const user = (username, displayName, role, jurisdictionCode) => {
    const row = [++ids.user, username, displayName, passwordHash, role, jurisdictionCode, null];
    row.push(false, 0, null, null, null, 1, since, since);
    if (hasLeaderLink) row.push(null);
    w.user.add(...row);
  };
  w.jurisdiction.add(PROVINCE.code, PROVINCE.name, 'province', null);
  user('bench.province', `${PROVINCE.name}营商办`, 'office', PROVINCE.code);

  const counties = [];
  for (const city of CITIES.slice(0, scale.cities)) {
    w.jurisdiction.add(city.code, city.name, 'city', PROVINCE.code);
    user(`b${city.code}.office`, `${city.name}营商办`, 'office', city.code);
    user(`b${city.code}.viewer`, `${city.name}查看`, 'city_viewer', city.code);
    for (let i = 0; i < scale.countiesPerCity; i++) {
      const name = countyName(city.short, i);
      const code = `${city.code.slice(0, 4)}${21 + i}`;
      w.jurisdiction.add(code, name, 'county', city.code);
      counties.push({ index: counties.length, code, name, short: name.slice(0, 2), city });
    }
  }
  await sink.flush();

  const ctx = {
    w,
    ids,
    frame,
    scale,
    passwordHash,
    indicators: INDICATORS,
    leafIndicators,
    hasLeaderLink,
  };
  const accounts = [];
  for (const county of counties) {
    accounts.push({ county, ...writeCounty(ctx, county) });
    await sink.flush();
  }
  return { accounts, counties };
}

function depth(indicator, byCode) {
  let d = 0;
  for (let p = indicator.parentCode; p; p = byCode.get(p)?.parentCode) d++;
  return d;
}
