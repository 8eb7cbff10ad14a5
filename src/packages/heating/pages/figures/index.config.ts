export default definePageConfig({ navigationBarTitleText: '供热统计' })
