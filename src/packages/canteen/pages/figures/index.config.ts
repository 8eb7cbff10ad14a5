export default definePageConfig({ navigationBarTitleText: '助餐统计' })
