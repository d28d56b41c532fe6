import { Button } from 'antd';
import { useParams } from 'react-router';
import { QueryState } from '@/components/query-state';
import { NotFoundState } from '@/components/not-found-state';
import { useBulletin } from '@/features/bulletins/api/get-bulletin';
import { BulletinPrint } from '@/features/bulletins/components/bulletin-print';
import { pageTitle } from '@/lib/format';
import { parseId } from './parse-id';

/** /print/bulletins/:id — the bulletin alone on the page, for the browser's print to PDF. */
export function BulletinPrintPage() {
  const id = parseId(useParams().id);
  if (id === null) return <NotFoundState title="未找到该通报" description="请从通报列表打开。" />;
  return <PrintView id={id} />;
}

function PrintView({ id }: { id: number }) {
  const bulletin = useBulletin(id);
  return (
    <QueryState query={bulletin} loadingText="正在加载通报…">
      {(data) => (
        <>
          <title>{pageTitle(data.title)}</title>
          <div className="bulletin-print-toolbar">
            <Button type="primary" onClick={() => window.print()}>
              打印 / 另存为 PDF
            </Button>
          </div>
          <BulletinPrint bulletin={data} />
        </>
      )}
    </QueryState>
  );
}
