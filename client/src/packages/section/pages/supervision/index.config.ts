export default definePageConfig({ navigationBarTitleText: '窗口督查' })
