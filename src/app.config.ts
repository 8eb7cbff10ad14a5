export default defineAppConfig({
  pages: ['pages/index/index', 'pages/messages/index', 'pages/mine/index', 'pages/not-found/index'],
  // Every service lives in its own subpackage so the main package stays small.
  subPackages: [
    {
      root: 'packages/clinic',
      pages: [
        'pages/index/index',
        'pages/schedule/index',
        'pages/confirm/index',
        'pages/success/index',
        'pages/mine/index',
        'pages/free-clinics/index',
        'pages/admin/index',
        'pages/figures/index',
      ],
    },
    { root: 'packages/heating', pages: ['pages/index/index'] },
    {
      root: 'packages/canteen',
      pages: ['pages/index/index', 'pages/menu/index', 'pages/orders/index', 'pages/groups/index', 'pages/admin/index', 'pages/figures/index'],
    },
    { root: 'packages/jobs', pages: ['pages/index/index'] },
    { root: 'packages/account', pages: ['pages/member-edit/index'] },
  ],
  // 助老餐厅 asks for the location (once, after saying why) to list canteens by walking time; WeChat requires both.
  requiredPrivateInfos: ['getLocation'],
  permission: { 'scope.userLocation': { desc: '用于计算您到附近助老餐厅的步行时间' } },
  window: {
    backgroundTextStyle: 'light',
    // The brand colour: white titles on it read at 5.89:1 (the old #d9480f was 4.30:1).
    navigationBarBackgroundColor: '#b33c0b',
    navigationBarTitleText: '暖民心',
    navigationBarTextStyle: 'white',
    // On H5 this also draws Taro's title bar with a back button, as WeChat does natively.
    navigationStyle: 'default',
    backgroundColor: '#f7f3ee',
  },
  tabBar: {
    color: '#595959',
    selectedColor: '#b33c0b',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      { pagePath: 'pages/index/index', text: '首页', iconPath: 'assets/tab/home.png', selectedIconPath: 'assets/tab/home-active.png' },
      { pagePath: 'pages/messages/index', text: '消息', iconPath: 'assets/tab/messages.png', selectedIconPath: 'assets/tab/messages-active.png' },
      { pagePath: 'pages/mine/index', text: '我的', iconPath: 'assets/tab/mine.png', selectedIconPath: 'assets/tab/mine-active.png' },
    ],
  },
})
