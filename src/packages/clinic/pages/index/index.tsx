import { Text, View } from '@tarojs/components'
import { ClinicEntries } from '@/features/clinic/components/clinic-entries'
import { HospitalPicker } from '@/features/clinic/components/hospital-picker'
import { SeniorAwarePage } from '@/features/senior-mode/senior-aware-page'

export default function ClinicIndexPage() {
  return (
    <SeniorAwarePage className='clinic-index-page'>
      <View className='card clinic-intro'>
        <Text className='body-text'>三日内（含就诊当日）同一疾病在同一院区、同一科室复诊，免挂号费、诊察费。</Text>
      </View>
      <ClinicEntries />
      <HospitalPicker />
    </SeniorAwarePage>
  )
}
