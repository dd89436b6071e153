// Citizen pages and the staff tab live in the main package (tabBar pages must);
// staff and admin screens beyond the tab are subpackages, each within 2 MB.
export default defineAppConfig({
  pages: ['pages/index/index', 'pages/items/index', 'pages/mine/index', 'pages/staff/index', 'pages/item/index'],
  subPackages: [
    { root: 'packages/staff', pages: ['pages/queue/index'] },
    { root: 'packages/admin', pages: ['pages/items/index', 'pages/item-edit/index', 'pages/org/index', 'pages/staff/index'] },
  ],
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
      { pagePath: 'pages/index/index', text: '首页' },
      { pagePath: 'pages/items/index', text: '办事' },
      { pagePath: 'pages/mine/index', text: '我的预约' },
      { pagePath: 'pages/staff/index', text: '工作台' },
    ],
  },
})
