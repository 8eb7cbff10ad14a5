export default definePageConfig({ navigationBarTitleText: '驿站服务' })
