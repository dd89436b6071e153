export default definePageConfig({ navigationBarTitleText: '登记预约' })
