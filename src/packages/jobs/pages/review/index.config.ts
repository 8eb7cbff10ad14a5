export default definePageConfig({ navigationBarTitleText: '岗位审核' })
