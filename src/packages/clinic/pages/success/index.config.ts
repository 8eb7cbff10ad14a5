export default definePageConfig({ navigationBarTitleText: '挂号成功' })
