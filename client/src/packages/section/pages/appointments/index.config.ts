export default definePageConfig({ navigationBarTitleText: '全部预约' })
