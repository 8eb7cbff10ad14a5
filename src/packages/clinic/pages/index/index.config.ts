export default definePageConfig({ navigationBarTitleText: '暖心就医' })
