// enableShareAppMessage: useShareAppMessage only takes effect with it (Taro's page hooks).
export default definePageConfig({ navigationBarTitleText: '事项详情', enableShareAppMessage: true })
