import { FullscreenOutlined, RollbackOutlined } from '@ant-design/icons';
import { Spin } from 'antd';
import { lazy, Suspense, type ReactNode } from 'react';
import { Link } from 'react-router';
import { errorMessage } from '@/lib/api-client';
import { formatDate, formatInstant } from '@/lib/format';
import { useJurisdictionDashboard } from '../../api/get-jurisdiction-dashboard';
import { useFitScale } from '../../hooks/use-fit-scale';
import { dashboardPath } from '../../lib/as-of';
import { STAGE } from '../../lib/fit';
import { CockpitIndicators } from './cockpit-indicators';
import { CockpitDepartments, CockpitOverdue, CockpitTargets } from './cockpit-lists';
import { CockpitTiles } from './cockpit-tiles';
import './cockpit.css';

const CompletionTrendChart = lazy(() => import('../completion-trend-chart'));
const ProblemTrendChart = lazy(() => import('../problem-trend-chart'));

/** The wall display re-reads its figures every minute. */
export const COCKPIT_REFRESH_MS = 60_000;

function Panel({
  title,
  children,
  className,
}: {
  title: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <section className={`cockpit-panel ${className ?? ''}`}>
      <h2>{title}</h2>
      <div className="cockpit-panel__body">{children}</div>
    </section>
  );
}

/** 领导驾驶舱: a 1920×1080 stage, dark, large figures, refreshed every minute, scaled to fit. */
export function CockpitView({ code }: { code: string }) {
  const scale = useFitScale();
  const query = useJurisdictionDashboard(code, null, COCKPIT_REFRESH_MS);
  const data = query.data;
  const noop = () => undefined;

  return (
    <div className="cockpit-viewport">
      <div
        className="cockpit-stage"
        style={{ width: STAGE.width, height: STAGE.height, transform: `scale(${scale})` }}
      >
        <header className="cockpit-header">
          <Link to={dashboardPath(code, null)} className="cockpit-header__back" title="返回看板">
            <RollbackOutlined /> 返回
          </Link>
          <h1>{data?.jurisdiction.name ?? ''}优化营商环境领导驾驶舱</h1>
          <div className="cockpit-header__meta">
            {data && <span>统计截至 {formatDate(data.asOf)}</span>}
            <span>
              每60秒自动刷新
              {query.dataUpdatedAt > 0 &&
                ` · 更新于 ${formatInstant(new Date(query.dataUpdatedAt).toISOString()).slice(11)}`}
            </span>
            <button
              type="button"
              className="cockpit-header__fullscreen"
              title="全屏"
              aria-label="全屏"
              onClick={() => void document.documentElement.requestFullscreen?.()}
            >
              <FullscreenOutlined />
            </button>
          </div>
        </header>
        {!data ? (
          <div className="cockpit-state">
            {query.isError ? errorMessage(query.error) : <Spin size="large" />}
          </div>
        ) : (
          <main className="cockpit-grid">
            <CockpitTiles data={data} />
            <Panel title="月度完成趋势" className="cockpit-trend">
              <Suspense fallback={null}>
                <CompletionTrendChart
                  points={data.completionTrend}
                  onPickPeriod={noop}
                  height={330}
                  dark
                />
              </Suspense>
            </Panel>
            <Panel title="各指标完成情况" className="cockpit-indicator-panel">
              <CockpitIndicators rows={data.indicators} />
            </Panel>
            <Panel title="量化目标" className="cockpit-targets">
              <CockpitTargets summary={data.targetSummary} />
            </Panel>
            <Panel title="问题新增与整改" className="cockpit-problems">
              <Suspense fallback={null}>
                <ProblemTrendChart points={data.problemTrend} onPick={noop} height={170} dark />
              </Suspense>
            </Panel>
            <Panel title={`逾期任务（${data.overdueTasks.length}）`} className="cockpit-overdue">
              <CockpitOverdue rows={data.overdueTasks} />
            </Panel>
            <Panel title="部门按时完成排行" className="cockpit-departments">
              <CockpitDepartments rows={data.departments} />
            </Panel>
          </main>
        )}
      </div>
    </div>
  );
}
