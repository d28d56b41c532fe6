import { NotFoundState } from '@/components/not-found-state';
import { pageTitle } from '@/lib/format';

export function NotFoundPage() {
  return (
    <>
      <title>{pageTitle('页面不存在')}</title>
      <NotFoundState title="页面不存在" description="您访问的地址有误，或该页面已被移除。" />
    </>
  );
}
