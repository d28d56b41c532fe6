import { Drawer } from 'antd';
import { AppMenu } from './app-menu';

interface NavDrawerProps {
  open: boolean;
  width: number;
  onClose: () => void;
}

/** The menu as a drawer on phones. Loaded on demand: desktops never need it. */
export default function NavDrawer({ open, width, onClose }: NavDrawerProps) {
  return (
    <Drawer
      placement="left"
      size={width}
      open={open}
      onClose={onClose}
      title="导航"
      className="app-drawer"
      styles={{ body: { padding: 0 } }}
    >
      <AppMenu />
    </Drawer>
  );
}
