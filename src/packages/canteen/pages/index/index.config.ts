export default definePageConfig({ navigationBarTitleText: '助老餐厅' })
