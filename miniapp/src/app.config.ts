export default defineAppConfig({
  pages: [
    'pages/home/index',
    'pages/category/index',
    'pages/cart/index',
    'pages/orders/index',
    'pages/me/index',
    'pages/stores/index',
    'pages/location/index',
    'pages/product/index',
    'pages/search/index',
    'pages/checkout/index',
    'pages/cashier/index',
    'pages/order/index',
  ],
  // Rarely used screens load on demand, outside the main package.
  subPackages: [
    { root: 'packages/address', pages: ['list/index', 'edit/index'] },
    { root: 'packages/aftersale', pages: ['apply/index'] },
    // The member code (its TOTP and barcode code load only here) and 会员中心.
    { root: 'packages/member', pages: ['code/index', 'centre/index'] },
    // 秒杀: its countdown and board load only when opened.
    { root: 'packages/flash', pages: ['sale/index'] },
    // 拼团: the offers, and one group (?id=, what its share card opens).
    { root: 'packages/group', pages: ['buy/index'] },
    // 领券中心 and 我的 → 优惠券.
    { root: 'packages/coupon', pages: ['centre/index', 'mine/index'] },
    // 推广中心 (referral commission), a promoter's product share and poster, where their 小程序码 lands, and where a
    // clerk's link code (store app) makes this WeChat theirs.
    { root: 'packages/promoter', pages: ['centre/index', 'share/index', 'open/index', 'link/index'] },
  ],
  // weapp downloads a subpackage when first opened; the member code must open with no signal, so fetch it at launch.
  preloadRule: { 'pages/home/index': { network: 'all', packages: ['packages/member'] } },
  window: {
    backgroundTextStyle: 'dark',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTitleText: '邻里',
    navigationBarTextStyle: 'black',
    // h5 draws no title bar (and so no back button) unless asked; weapp always has one.
    navigationStyle: 'default',
    backgroundColor: '#f5f6f7',
  },
  tabBar: {
    color: '#8a8f99',
    selectedColor: '#0a9d58',
    backgroundColor: '#ffffff',
    borderStyle: 'white',
    list: [
      { pagePath: 'pages/home/index', text: '首页', iconPath: 'assets/tab/home.png', selectedIconPath: 'assets/tab/home-on.png' },
      {
        pagePath: 'pages/category/index',
        text: '分类',
        iconPath: 'assets/tab/category.png',
        selectedIconPath: 'assets/tab/category-on.png',
      },
      { pagePath: 'pages/cart/index', text: '购物车', iconPath: 'assets/tab/cart.png', selectedIconPath: 'assets/tab/cart-on.png' },
      { pagePath: 'pages/orders/index', text: '订单', iconPath: 'assets/tab/orders.png', selectedIconPath: 'assets/tab/orders-on.png' },
      { pagePath: 'pages/me/index', text: '我的', iconPath: 'assets/tab/me.png', selectedIconPath: 'assets/tab/me-on.png' },
    ],
  },
  requiredPrivateInfos: ['getLocation', 'chooseLocation'],
  permission: {
    'scope.userLocation': { desc: '用于为你推荐附近门店和判断配送范围' },
  },
  lazyCodeLoading: 'requiredComponents',
  // h5 only (WeChat's app.json has no such field). Taro's router (4.2.1) shows the page a back returns to
  // only after the leaving page's 300 ms slide; a second back inside that window still sees the leaving page
  // as current, pops the wrong entry off its page stack and leaves a show pending, and a tab tapped then was
  // hidden by it (a blank page). Without the slide, a page is unloaded and the previous one shown at once.
  ...(process.env.TARO_ENV === 'h5' ? { animation: false } : {}),
});
