export default definePageConfig({ navigationBarTitleText: '评价与回访' })
