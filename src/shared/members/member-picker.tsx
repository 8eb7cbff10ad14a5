import { useRef } from 'react'
import Taro, { useDidShow } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { Member } from '@/domain/account/contract'
import { useQuery } from '@/shared/api/use-query'
import { MEMBER_EDIT_PAGE } from '@/shared/routes'
import { useSessionStore } from '@/shared/session/session-store'
import { ActionButton } from '@/shared/ui/action-button'
import { AsyncView } from '@/shared/ui/async-view'
import { Choice, ChoiceGroup } from '@/shared/ui/choice'
import { fetchMembers } from './members-api'
import './member-picker.scss'

export interface MemberPickerProps {
  /** What the chosen person is called here: 就诊人, 就餐人, 求职人. */
  label: string
  value: string
  onChange: (member: Member) => void
}

/**
 * Choose which family member a booking, meal or application is for. Signed out: asks to
 * sign in. No members yet: says so and offers 添加家庭成员. Back from the member form, the
 * list is read again so the person just added can be chosen.
 */
export function MemberPicker({ label, value, onChange }: MemberPickerProps) {
  const userId = useSessionStore((state) => state.user?.id)
  const members = useQuery(['account.members', userId], fetchMembers, { enabled: Boolean(userId) })
  const awayToAdd = useRef(false)

  useDidShow(() => {
    if (!awayToAdd.current) return
    awayToAdd.current = false
    void members.reload()
  })

  const add = () => {
    awayToAdd.current = true
    void Taro.navigateTo({ url: MEMBER_EDIT_PAGE })
  }
  const addButton = (full: boolean) =>
    full ? null : (
      <ActionButton className='member-picker-add' block onClick={add}>
        添加家庭成员
      </ActionButton>
    )

  return (
    <View className='member-picker'>
      <Text className='body-text section-title'>{label}</Text>
      <AsyncView
        query={members}
        signIn={`请先登录，再选择${label}。`}
        loadingText={`正在加载${label}…`}
        isEmpty={(data) => data.members.length === 0}
        emptyText={`还没有家庭成员。添加本人或家人后，就能选择${label}。`}
        emptyAction={addButton(false)}
      >
        {(data) => (
          <View>
            <ChoiceGroup label={`选择${label}`}>
              {data.members.map((member) => (
                <Choice
                  key={member.id}
                  selected={member.id === value}
                  onSelect={() => onChange(member)}
                  className='member-choice'
                  data={{ 'data-member-id': member.id }}
                >
                  <Text className='body-text choice-name'>
                    {member.name}（{member.relationLabel}，{member.age}岁）
                  </Text>
                  <Text className='body-text muted'>身份证 {member.idNumberMasked}</Text>
                </Choice>
              ))}
            </ChoiceGroup>
            {addButton(data.members.length >= data.maxMembers)}
          </View>
        )}
      </AsyncView>
    </View>
  )
}
