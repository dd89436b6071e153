export default definePageConfig({ navigationBarTitleText: '部门与窗口' })
