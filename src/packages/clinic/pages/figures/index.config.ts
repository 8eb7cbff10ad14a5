export default definePageConfig({ navigationBarTitleText: '挂号统计' })
