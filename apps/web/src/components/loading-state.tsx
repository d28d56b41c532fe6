import { Flex, Spin } from 'antd';

export function LoadingState({ text = '正在加载…' }: { text?: string | undefined }) {
  return (
    <Flex justify="center" align="center" style={{ minHeight: 160 }} role="status">
      <Spin description={text} />
    </Flex>
  );
}
