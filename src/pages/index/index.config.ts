export default definePageConfig({ navigationBarTitleText: '暖民心' })
