import { FileSearchOutlined } from '@ant-design/icons';
import { Button, Result } from 'antd';
import { Link } from 'react-router';

interface NotFoundStateProps {
  title?: string;
  description: string;
}

/** Something asked for does not exist: a sober notice and a way back. */
export function NotFoundState({ title = '内容不存在', description }: NotFoundStateProps) {
  return (
    <Result
      icon={<FileSearchOutlined style={{ color: '#8c98ab' }} />}
      title={title}
      subTitle={description}
      extra={
        <Link to="/">
          <Button>返回首页</Button>
        </Link>
      }
    />
  );
}
