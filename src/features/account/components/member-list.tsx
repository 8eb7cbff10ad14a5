import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { Member } from '@/domain/account/contract'
import { createRequestId } from '@/shared/api/request-id'
import { errorMessage } from '@/shared/api/api-error'
import { MEMBER_EDIT_PAGE, withQuery } from '@/shared/routes'
import { ActionButton } from '@/shared/ui/action-button'
import { EmptyView, ErrorView, LoadingView } from '@/shared/ui/async-view'
import { accountApi } from '../api'
import { useMembersStore } from '../members-store'
import './member-list.scss'

function openEditor(memberId?: string) {
  void Taro.navigateTo({ url: withQuery(MEMBER_EDIT_PAGE, { id: memberId }) })
}

/** One confirmed removal is one intent: the request id is made once, after the 删除 tap. */
async function confirmRemoval(member: Member) {
  const { confirm } = await Taro.showModal({
    title: '删除家庭成员',
    content: `确定删除「${member.name}」吗？删除后为其挂号、助餐需重新添加。`,
    confirmText: '删除',
    confirmColor: '#a8071a',
    cancelText: '取消',
  })
  if (!confirm) return
  try {
    await accountApi.removeMember(member.id, createRequestId())
    useMembersStore.getState().drop(member.id)
    void Taro.showToast({ title: '已删除', icon: 'success' })
  } catch (error) {
    void Taro.showToast({ title: errorMessage(error), icon: 'none' })
  }
}

function MemberRow({ member }: { member: Member }) {
  return (
    <View className='card member-row' data-member-id={member.id}>
      <View className='member-heading'>
        <Text className='key-figure member-name'>{member.name}</Text>
        <Text className='body-text member-relation-label'>{member.relationLabel}</Text>
        <Text className='body-text muted member-age'>{member.age}岁</Text>
      </View>
      <Text className='body-text member-id-masked'>身份证 {member.idNumberMasked}</Text>
      <Text className='body-text member-phone-masked'>手机 {member.phoneMasked}</Text>
      <View className='member-actions'>
        <ActionButton className='member-edit' label={`编辑${member.name}`} onClick={() => openEditor(member.id)}>
          编辑
        </ActionButton>
        <ActionButton kind='danger' className='member-remove' label={`删除${member.name}`} onClick={() => void confirmRemoval(member)}>
          删除
        </ActionButton>
      </View>
    </View>
  )
}

export function MemberList() {
  const status = useMembersStore((state) => state.status)
  const error = useMembersStore((state) => state.error)
  const members = useMembersStore((state) => state.members)
  const maxMembers = useMembersStore((state) => state.maxMembers)
  const load = useMembersStore((state) => state.load)

  const full = members.length >= maxMembers
  const addButton = (
    <ActionButton id='member-add' kind='primary' block className='member-add' disabled={full} describedBy={full ? 'member-full' : undefined} onClick={() => openEditor()}>
      添加家庭成员
    </ActionButton>
  )

  return (
    <View className='member-list'>
      <View className='member-list-header'>
        <Text className='body-text section-title'>家庭成员</Text>
        {status === 'ready' && (
          <Text className='body-text muted member-count'>
            {members.length}/{maxMembers}
          </Text>
        )}
      </View>
      {(status === 'loading' || status === 'idle') && <LoadingView text='正在加载家庭成员…' />}
      {status === 'error' && error && <ErrorView error={error} onRetry={() => void load()} />}
      {status === 'ready' && members.length === 0 && <EmptyView text='还没有家庭成员。添加本人或家人后，就能为他们挂号、助餐。'>{addButton}</EmptyView>}
      {status === 'ready' && members.length > 0 && (
        <View>
          {members.map((member) => (
            <MemberRow key={member.id} member={member} />
          ))}
          {addButton}
          {full && (
            <Text id='member-full' className='body-text muted member-full'>
              最多可添加{maxMembers}位家庭成员
            </Text>
          )}
        </View>
      )}
    </View>
  )
}
