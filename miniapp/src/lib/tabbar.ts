// In h5 Taro draws the tab bar inside the document, over fixed elements of tab pages; weapp's native tab bar
// is outside the page. Fixed bars and sheets on tab pages add this class to clear it.
export const aboveTabBar = (onTabPage: boolean | undefined) => (onTabPage && process.env.TARO_ENV === 'h5' ? 'above-tabbar' : '');
