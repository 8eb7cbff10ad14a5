export default definePageConfig({ navigationBarTitleText: '医院管理' })
