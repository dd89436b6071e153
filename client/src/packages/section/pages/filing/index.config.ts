export default definePageConfig({ navigationBarTitleText: '登记表归档' })
