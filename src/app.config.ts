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
    {
      root: 'packages/heating',
      pages: [
        'pages/index/index',
        'pages/report/index',
        'pages/mine/index',
        // The notices to residents and dispatchers link to these two (docs/heating.md).
        'pages/complaint/index',
        'pages/desk/index',
        'pages/dispatch/index',
        'pages/figures/index',
      ],
    },
    {
      root: 'packages/canteen',
      pages: ['pages/index/index', 'pages/menu/index', 'pages/orders/index', 'pages/groups/index', 'pages/admin/index', 'pages/figures/index'],
    },
    {
      root: 'packages/jobs',
      pages: [
        'pages/index/index',
        'pages/posting/index',
        'pages/my-applications/index',
        'pages/register/index',
        'pages/station/index',
        'pages/events/index',
        'pages/employer/index',
        'pages/new-posting/index',
        'pages/applicants/index',
        'pages/review/index',
        'pages/import/index',
        'pages/new-event/index',
        'pages/figures/index',
      ],
    },
    { root: 'packages/account', pages: ['pages/member-edit/index'] },
  ],
  // 助老餐厅 and 零工驿站 ask for the location only on a tap, after saying why (walking time to a
  // canteen, distance to a job); WeChat requires both declarations. One description serves both.
  requiredPrivateInfos: ['getLocation'],
  permission: { 'scope.userLocation': { desc: '用于计算您到附近助老餐厅、零工岗位的距离' } },
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
