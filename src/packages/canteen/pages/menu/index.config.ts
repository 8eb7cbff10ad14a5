export default definePageConfig({ navigationBarTitleText: '菜单和报餐' })
