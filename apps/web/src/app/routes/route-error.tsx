import { Button, Flex } from 'antd';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { errorMessage } from '@/lib/api-client';

function describe(error: unknown): { title: string; text: string; reload: boolean } {
  if (isRouteErrorResponse(error) && error.status === 404) {
    return { title: '页面不存在', text: '您访问的地址有误，或该页面已被移除。', reload: false };
  }
  // A page chunk that failed to download: usually a new version was deployed meanwhile.
  if (error instanceof TypeError && /import|module/i.test(error.message)) {
    return { title: '页面加载失败', text: '系统可能已更新，请刷新页面后重试。', reload: true };
  }
  return { title: '页面出错了', text: errorMessage(error), reload: true };
}

/**
 * Errors thrown while loading or rendering a route. Deliberately plain (no antd Result with its
 * illustrations, no Typography with its editor): it is part of the first load.
 */
export function RouteError() {
  const { title, text, reload } = describe(useRouteError());
  return (
    <Flex
      vertical
      align="center"
      gap={8}
      style={{ padding: '48px 16px', textAlign: 'center' }}
      role="alert"
    >
      <h2 className="route-error__title">{title}</h2>
      <p className="route-error__text">{text}</p>
      <Flex gap={8} style={{ marginTop: 8 }}>
        {reload && (
          <Button type="primary" onClick={() => window.location.reload()}>
            刷新页面
          </Button>
        )}
        <Button href="/">返回首页</Button>
      </Flex>
    </Flex>
  );
}
