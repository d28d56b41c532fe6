// Periods, dates and instants of the dataset, and its seeded random numbers. The dataset ends at
// "now" (the run's China date), so the live dashboard shows a current month.

/** mulberry32: a small seeded generator, the same numbers on every machine. */
export function seededRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    /** Integer in [min, max]. */
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
  };
}

const pad = (n) => String(n).padStart(2, '0');

/** China (UTC+8) calendar date of an instant, "YYYY-MM-DD". */
export function chinaDate(instant) {
  return new Date(instant.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

export function addMonths(period, months) {
  const [year, month] = period.split('-').map(Number);
  const index = year * 12 + (month - 1) + months;
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
}

const monthLengths = new Map();

/** Days in the month of `period` (memoised: the generator asks millions of times). */
export function daysInMonth(period) {
  let days = monthLengths.get(period);
  if (days === undefined) {
    const [year, month] = period.split('-').map(Number);
    days = new Date(Date.UTC(year, month, 0)).getUTCDate();
    monthLengths.set(period, days);
  }
  return days;
}

export function addDays(date, days) {
  const shifted = new Date(`${date}T00:00:00.000Z`);
  shifted.setUTCDate(shifted.getUTCDate() + days);
  return shifted.toISOString().slice(0, 10);
}

/** `${period}-${day}`, the day clamped to the month. */
export function dateIn(period, day) {
  return `${period}-${pad(Math.min(day, daysInMonth(period)))}`;
}

/**
 * An instant on a China working-hours clock: China 09:00–16:59 is 01:00–08:59 UTC, so the UTC
 * date is the China date. Fixed-width ISO text, like the application writes.
 */
export function instantOn(date, hour = 2, minute = 0) {
  return `${date}T${pad(hour)}:${pad(minute)}:00.000Z`;
}

/**
 * The time frame of a dataset: `months` periods ending with the current one, and today's China
 * date (what the API's clock will say during the run).
 */
export function timeFrame(months, now = new Date()) {
  const today = chinaDate(now);
  const current = today.slice(0, 7);
  const periods = [];
  for (let i = months - 1; i >= 0; i--) periods.push(addMonths(current, -i));
  return {
    today,
    todayDay: Number(today.slice(8, 10)),
    current,
    periods,
    nowIso: now.toISOString(),
  };
}
