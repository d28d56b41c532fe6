import type { ThemeConfig } from 'antd';

/** A restrained government look: navy header, one blue, compact radii, system Chinese fonts. */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1a56a8',
    colorLink: '#1a56a8',
    borderRadius: 4,
    fontFamily:
      '-apple-system, BlinkMacSystemFont, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "Helvetica Neue", Arial, sans-serif',
    colorBgLayout: '#f3f5f8',
  },
  components: {
    Layout: { headerBg: '#0f2d5c', headerHeight: 56, headerPadding: '0 16px', siderBg: '#ffffff' },
    Table: { headerBg: '#f5f7fa', headerColor: '#3b4658', cellPaddingBlockSM: 8 },
    Card: { headerFontSize: 15 },
    Collapse: { headerBg: '#f7f9fc' },
  },
};
