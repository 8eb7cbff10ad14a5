export default definePageConfig({ navigationBarTitleText: '供热调度台' })
