export default definePageConfig({ navigationBarTitleText: '温暖供热' })
