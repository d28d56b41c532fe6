import { ConfigProvider, theme as antdTheme } from 'antd';
import { useParams } from 'react-router';
import { CockpitView } from '@/features/dashboards/components/cockpit/cockpit-view';
import { pageTitle } from '@/lib/format';
import { RequireSession } from '../layout/require-session';

/** /cockpit/:code — the big screen (领导驾驶舱): no shell, dark, fitted to the window. */
export function CockpitPage() {
  const { code = '' } = useParams();
  return (
    <RequireSession>
      <ConfigProvider theme={{ algorithm: antdTheme.darkAlgorithm }}>
        <title>{pageTitle('领导驾驶舱')}</title>
        <CockpitView code={code} />
      </ConfigProvider>
    </RequireSession>
  );
}
