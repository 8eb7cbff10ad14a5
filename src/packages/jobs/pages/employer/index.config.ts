export default definePageConfig({ navigationBarTitleText: '我的招聘' })
