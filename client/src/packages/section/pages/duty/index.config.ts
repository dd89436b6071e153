export default definePageConfig({ navigationBarTitleText: '周末排班' })
