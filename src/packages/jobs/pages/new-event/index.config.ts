export default definePageConfig({ navigationBarTitleText: '发布培训招聘会' })
