export default definePageConfig({ navigationBarTitleText: '中心介绍' })
