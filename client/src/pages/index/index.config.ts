export default definePageConfig({ navigationBarTitleText: '沂源政务服务' })
