export default definePageConfig({ navigationBarTitleText: '培训和招聘会' })
