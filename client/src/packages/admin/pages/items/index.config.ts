export default definePageConfig({ navigationBarTitleText: '事项管理' })
