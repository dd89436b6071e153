export default definePageConfig({ navigationBarTitleText: '调休审批' })
