// What the bench measures: each endpoint over HTTP as the user who would open it, and beside it
// the same figures' SQL through the driver alone (the raw floor).
import { BENCH_PASSWORD } from './dataset/build.mjs';
import { PROVINCE } from './dataset/generate.mjs';
import { addMonths } from './dataset/time.mjs';
import { httpOperation } from './measure.mjs';
import {
  cityTaskStatements,
  countyDashboardStatements,
  liveContext,
  loadDashboardQueries,
  obligationsStatement,
  periodReportsStatement,
  rollupStatements,
} from './raw/statements.mjs';

/** The city compared (its 12 counties) and the county measured (the city's first). */
const CITY_CODE = '610300';

/**
 * Signs in the users and returns the scenarios: { key, label, operation, raw (or null),
 * throughput (whether to run it at 10 connections) }. Endpoints missing from the build are
 * reported as such instead of measured.
 */
export async function prepareScenarios({ client, runner, dataset, frame }) {
  const county = dataset.counties.find((c) => c.city.code === CITY_CODE) ?? dataset.counties[0];
  const city = county.city;
  const accounts = dataset.accounts.find((a) => a.county.code === county.code);
  const cityCounties = dataset.counties.filter((c) => c.city.code === city.code).map((c) => c.code);
  const allCounties = dataset.counties.map((c) => c.code);
  const signIn = (username) => client.signIn(username, BENCH_PASSWORD);
  const [leader, office, department, cityOffice, provinceOffice] = await Promise.all([
    signIn(accounts.leader),
    signIn(accounts.office),
    signIn(accounts.department),
    signIn(`b${city.code}.office`),
    signIn('bench.province'),
  ]);
  const q = await loadDashboardQueries();
  const context = liveContext(frame.today);
  const raw = (groups) => (q ? () => runner.run(groups(q)) : null);
  const where = { county: county.name, city: city.name, cityCounties: cityCounties.length };

  const scenarios = [
    {
      key: 'county',
      label: `县级驾驶舱（${county.name}，领导账号）`,
      operation: httpOperation(leader, `/api/dashboards/jurisdictions/${county.code}`),
      raw: raw((q) => countyDashboardStatements(q, context, county.code)),
      throughput: true,
    },
    {
      key: 'city',
      label: `市级汇总（${city.name}，${cityCounties.length} 个县）`,
      operation: httpOperation(cityOffice, `/api/dashboards/jurisdictions/${city.code}/rollup`),
      raw: raw((q) => [
        ...rollupStatements(q, context, city.code, cityCounties),
        ...cityTaskStatements(q, context, city.code),
      ]),
      throughput: true,
    },
    {
      key: 'province',
      label: `省级汇总（${PROVINCE.name}，${allCounties.length} 个县）`,
      operation: httpOperation(
        provinceOffice,
        `/api/dashboards/jurisdictions/${PROVINCE.code}/rollup`,
      ),
      raw: raw((q) => rollupStatements(q, context, PROVINCE.code, allCounties)),
      throughput: true,
    },
    {
      key: 'workspace',
      label: '部门工作台（本月应报任务）',
      operation: httpOperation(department, `/api/me/report-obligations?period=${frame.current}`),
      raw: async () => {
        const statement = obligationsStatement(county.code, department.user.departmentId);
        const tasks = await runner.one(statement);
        const ids = [...new Set(tasks.map((row) => Number(row.taskId)))];
        return ids.length === 0 ? [] : runner.one(periodReportsStatement(frame.current, ids));
      },
      throughput: true,
    },
    ...(await bulletinScenarios({
      office,
      county,
      frame,
      raw: raw((q) => countyDashboardStatements(q, context, county.code)),
    })),
  ];
  return { scenarios, where, dashboardsBuilt: q !== null };
}

/**
 * The county's monthly bulletin of last month: generating it (Word + Excel, POST), and
 * downloading each stored file. Absent when the build has no bulletins.
 */
async function bulletinScenarios({ office, county, frame, raw }) {
  const period = addMonths(frame.current, -1);
  const generate = async () => {
    const response = await office.post(`/api/jurisdictions/${county.code}/bulletins`, {
      periodKind: 'month',
      period,
    });
    if (response.status !== 201) {
      throw new Error(`Bulletin generation answered ${response.status}: ${response.body}`);
    }
    return { bytes: response.bytes, body: response.body };
  };
  let first;
  try {
    first = JSON.parse((await generate()).body.toString('utf8'));
  } catch (error) {
    return [{ key: 'bulletin', label: '县级月度通报', missing: String(error.message ?? error) }];
  }
  const id = first.id;
  const file = (kind) => httpOperation(office, `/api/bulletins/${id}/files/${kind}`);
  return [
    {
      key: 'bulletin',
      label: `县级月度通报生成（${period}，Word + Excel）`,
      operation: generate,
      raw,
      throughput: false,
    },
    { key: 'docx', label: '下载通报 .docx', operation: file('docx'), raw: null, throughput: false },
    { key: 'xlsx', label: '下载台账 .xlsx', operation: file('xlsx'), raw: null, throughput: false },
  ];
}
