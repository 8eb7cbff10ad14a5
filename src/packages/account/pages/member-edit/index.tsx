import { useEffect } from 'react'
import Taro from '@tarojs/taro'
import { MemberForm } from '@/features/account/components/member-form'
import { SeniorAwarePage } from '@/features/senior-mode/senior-aware-page'
import { useRouteParams } from '@/shared/platform/use-route-params'

export default function MemberEditPage() {
  const memberId = useRouteParams().id || undefined

  useEffect(() => {
    void Taro.setNavigationBarTitle({ title: memberId ? '编辑家庭成员' : '添加家庭成员' })
  }, [memberId])

  return (
    <SeniorAwarePage className='member-edit-page'>
      <MemberForm memberId={memberId} />
    </SeniorAwarePage>
  )
}
