export default definePageConfig({ navigationBarTitleText: '预约节假日办理' })
