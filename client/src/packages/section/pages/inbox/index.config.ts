export default definePageConfig({ navigationBarTitleText: '派单与审批' })
