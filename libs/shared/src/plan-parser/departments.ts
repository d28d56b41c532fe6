import type { Department, DepartmentKind } from '../domain/department.js';
import { isGroupName } from './attribution.js';
import { normaliseForMatching } from './text.js';

/**
 * Matching printed unit names to a jurisdiction's department catalog. Build one matcher per
 * jurisdiction: "县行政审批服务局" of 麟游 and of 眉县 are different departments.
 */

export type DepartmentMatchMethod = 'exact' | 'alias' | 'normalised' | 'fuzzy';

export interface DepartmentMatch {
  department: Department;
  method: DepartmentMatchMethod;
  /** 1 for exact, alias and normalised matches; the similarity in [0, 1] for a fuzzy one. */
  score: number;
}

export interface DepartmentMatcher {
  match(rawName: string): DepartmentMatch | null;
}

/**
 * Official long forms and the short forms (简称) documents use for them. Both sides of a comparison
 * are shortened, so "县发展和改革局" meets "县发改局" and "县城市管理执法局" meets "县城管执法局".
 * Longer forms come first: "发展和改革委员会" must not be cut to "发改委员会".
 */
const SHORT_FORMS: ReadonlyArray<readonly [string, string]> = [
  ['发展和改革委员会', '发改委'],
  ['发展和改革', '发改'],
  ['人力资源和社会保障', '人社'],
  ['住房和城乡建设', '住建'],
  ['市场监督管理', '市场监管'],
  ['卫生健康委员会', '卫健委'],
  ['卫生健康', '卫健'],
  ['文化和旅游', '文旅'],
  ['工业和信息化', '工信'],
  ['教育和体育', '教体'],
  ['医疗保障', '医保'],
  ['交通运输', '交通'],
  ['城市管理', '城管'],
  ['应急管理局', '应急局'],
  ['行政审批服务局', '行政审批局'],
  ['住房公积金管理中心', '公积金中心'],
  ['人民法院', '法院'],
  ['人民检察院', '检察院'],
  ['人民银行', '人行'],
  ['人民政府', '政府'],
  ['管理委员会', '管委会'],
  ['政府办公室', '政府办'],
];

/** The comparison key of a unit name: normalised text, no spaces, no ★ mark, short forms. */
export function normaliseUnitName(name: string): string {
  let key = normaliseForMatching(name).replace(/[\s★]/g, '');
  for (const [long, short] of SHORT_FORMS) key = key.replaceAll(long, short);
  return key;
}

/** Below this similarity a fuzzy candidate is not a match: the name is proposed as a new unit. */
const FUZZY_THRESHOLD = 0.85;
/** The best fuzzy candidate must beat the runner-up by this much, else the name is ambiguous. */
const FUZZY_MARGIN = 0.05;

/** Edit distance over code points (names are short: the quadratic table is cheap). */
function editDistance(a: string[], b: string[]): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The type word that ends a unit name. Two names with different endings ("…局" / "…中心") are
 * different units however alike the rest is.
 */
function unitSuffix(key: string): string {
  return /(?:委员会|中心|公司|局|办|委|院|部|会|队|行|所|站)$/.exec(key)?.[0] ?? '';
}

interface FuzzyEntry {
  key: string;
  chars: string[];
  suffix: string;
  department: Department;
}

/** Keys claimed by two different departments match nothing: a guess there could merge units. */
const AMBIGUOUS = Symbol('ambiguous');
type KeyMap = Map<string, Department | typeof AMBIGUOUS>;

function claim(map: KeyMap, key: string, department: Department): void {
  const existing = map.get(key);
  map.set(key, existing === undefined || existing === department ? department : AMBIGUOUS);
}

function found(map: KeyMap, key: string): Department | null {
  const department = map.get(key);
  return department === undefined || department === AMBIGUOUS ? null : department;
}

/**
 * Matches a printed name: exact canonical name, then an alias, then the normalised form of either,
 * then a fuzzy match. A fuzzy match needs the same first character (the level: 县/市…), the same
 * unit ending (局/中心/公司…), a similarity of at least 0.85 — one wrong character in a name of seven
 * or more, so that short names such as "县文旅局"/"县文物局" never merge — and a clear lead over the
 * second-best candidate.
 */
export function createDepartmentMatcher(departments: Department[]): DepartmentMatcher {
  const byName: KeyMap = new Map();
  const byAlias: KeyMap = new Map();
  const byKey: KeyMap = new Map();
  const fuzzyEntries: FuzzyEntry[] = [];
  for (const department of departments) {
    claim(byName, department.name, department);
    for (const alias of department.aliases) claim(byAlias, alias, department);
    for (const printed of [department.name, ...department.aliases]) {
      const key = normaliseUnitName(printed);
      claim(byKey, key, department);
      fuzzyEntries.push({ key, chars: [...key], suffix: unitSuffix(key), department });
    }
  }

  const fuzzy = (key: string): DepartmentMatch | null => {
    const chars = [...key];
    const suffix = unitSuffix(key);
    const best = new Map<Department, number>();
    for (const entry of fuzzyEntries) {
      const longest = Math.max(chars.length, entry.chars.length);
      const mostEdits = Math.floor(longest * (1 - FUZZY_THRESHOLD));
      if (entry.suffix !== suffix || entry.chars[0] !== chars[0]) continue;
      if (Math.abs(entry.chars.length - chars.length) > mostEdits) continue;
      const score = 1 - editDistance(chars, entry.chars) / longest;
      if (score > (best.get(entry.department) ?? 0)) best.set(entry.department, score);
    }
    const ranked = [...best].sort((a, b) => b[1] - a[1]);
    const [first, second] = ranked;
    if (!first || first[1] < FUZZY_THRESHOLD) return null;
    if (second && first[1] - second[1] < FUZZY_MARGIN) return null;
    return { department: first[0], method: 'fuzzy', score: first[1] };
  };

  return {
    match(rawName: string): DepartmentMatch | null {
      const name = rawName.trim();
      const exact = found(byName, name);
      if (exact) return { department: exact, method: 'exact', score: 1 };
      const alias = found(byAlias, name);
      if (alias) return { department: alias, method: 'alias', score: 1 };
      const key = normaliseUnitName(name);
      if (key.length < 2) return null;
      const normalised = found(byKey, key);
      if (normalised) return { department: normalised, method: 'normalised', score: 1 };
      return byKey.has(key) ? null : fuzzy(key);
    },
  };
}

/**
 * A first guess at the kind of a unit that is not in the catalog yet, for the office to confirm
 * when it accepts the proposed department.
 */
export function guessDepartmentKind(name: string): DepartmentKind {
  const key = normaliseUnitName(name);
  if (isGroupName(key) || /^(?:开发区|园区|综合服务中心)$/.test(key)) return 'group';
  if (/法院|检察院/.test(key)) return 'judicial';
  if (/^[县市区]委|纪委|监委|总工会|团[县市]委|妇联|残联|工商联|融媒体中心/.test(key))
    return 'party';
  if (/公司|企业|集团|运营商/.test(key)) return 'enterprise';
  if (/(?:镇|乡|街道办事处|街道)$/.test(key)) return 'town';
  return 'government';
}
