// Only the tabs live in the main package (tabBar pages must), held to 450 KB as
// WeChat counts it (npm run bench:size); every other page is in a subpackage,
// each within 2 MB. The citizens' pages one tap from a tab (an item from 办事,
// an appointment from 我的预约) are preloaded when that tab opens.
export default defineAppConfig({
  pages: ['pages/index/index', 'pages/items/index', 'pages/mine/index', 'pages/staff/index'],
  subPackages: [
    { root: 'packages/staff', pages: ['pages/queue/index', 'pages/appointment/index', 'pages/duty/index', 'pages/timebank/index'] },
    { root: 'packages/section', pages: ['pages/inbox/index', 'pages/form/index', 'pages/register/index', 'pages/duty/index', 'pages/reviews/index', 'pages/complaints/index', 'pages/supervision/index', 'pages/filing/index', 'pages/leave/index', 'pages/appointments/index', 'pages/record/index'] },
    { root: 'packages/citizen', pages: ['pages/item/index', 'pages/book/index', 'pages/appointment/index', 'pages/complaints/index', 'pages/center/index'] },
    { root: 'packages/admin', pages: ['pages/items/index', 'pages/item-edit/index', 'pages/org/index', 'pages/staff/index', 'pages/calendar/index', 'pages/messages/index'] },
  ],
  preloadRule: {
    'pages/items/index': { network: 'all', packages: ['packages/citizen'] },
    'pages/mine/index': { network: 'all', packages: ['packages/citizen'] },
  },
  // Components are injected when a page first uses them, not all at start-up (代码质量 audit).
  lazyCodeLoading: 'requiredComponents',
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#1f6fb2',
    navigationBarTitleText: '沂源政务服务',
    navigationBarTextStyle: 'white',
  },
  tabBar: {
    color: '#5b6470',
    selectedColor: '#1f6fb2',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      { pagePath: 'pages/index/index', text: '首页', iconPath: 'assets/tabbar/home.png', selectedIconPath: 'assets/tabbar/home-active.png' },
      { pagePath: 'pages/items/index', text: '办事', iconPath: 'assets/tabbar/items.png', selectedIconPath: 'assets/tabbar/items-active.png' },
      { pagePath: 'pages/mine/index', text: '我的预约', iconPath: 'assets/tabbar/mine.png', selectedIconPath: 'assets/tabbar/mine-active.png' },
      { pagePath: 'pages/staff/index', text: '工作台', iconPath: 'assets/tabbar/staff.png', selectedIconPath: 'assets/tabbar/staff-active.png' },
    ],
  },
})
