import { useEffect } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { MemberForm } from '@/features/account/components/member-form'
import { SeniorAwarePage } from '@/features/senior-mode/senior-aware-page'

export default function MemberEditPage() {
  const memberId = useRouter().params.id || undefined

  useEffect(() => {
    void Taro.setNavigationBarTitle({ title: memberId ? '编辑家庭成员' : '添加家庭成员' })
  }, [memberId])

  return (
    <SeniorAwarePage className='member-edit-page'>
      <MemberForm memberId={memberId} />
    </SeniorAwarePage>
  )
}
