import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { errorMessage } from '@/shared/api/api-error'
import { createRequestId } from '@/shared/api/request-id'
import { EmptyState, ErrorState, LoadingState } from '@/shared/ui/async-state'
import type { Member } from '../api'
import { useMembersStore } from '../members-store'
import { MEMBER_EDIT_PAGE } from '../routes'
import './member-list.scss'

function openEditor(memberId?: string) {
  void Taro.navigateTo({ url: memberId ? `${MEMBER_EDIT_PAGE}?id=${encodeURIComponent(memberId)}` : MEMBER_EDIT_PAGE })
}

/** One confirmed removal is one intent: the request id is made once, after the 确定 tap. */
async function confirmRemoval(member: Member, remove: (id: string, requestId: string) => Promise<void>) {
  const { confirm } = await Taro.showModal({
    title: '删除家庭成员',
    content: `确定删除「${member.name}」吗？删除后为其挂号、助餐需重新添加。`,
    confirmText: '删除',
    confirmColor: '#cf1322',
    cancelText: '取消',
  })
  if (!confirm) return
  try {
    await remove(member.id, createRequestId())
    void Taro.showToast({ title: '已删除', icon: 'success' })
  } catch (error) {
    void Taro.showToast({ title: errorMessage(error), icon: 'none' })
  }
}

function MemberRow({ member, onRemove }: { member: Member; onRemove: () => void }) {
  return (
    <View className='card member-row tappable' data-member-id={member.id}>
      <View className='member-heading'>
        <Text className='key-figure member-name'>{member.name}</Text>
        <Text className='body-text member-relation-label'>{member.relationLabel}</Text>
        <Text className='body-text muted member-age'>{member.age}岁</Text>
      </View>
      <Text className='body-text member-id-masked'>身份证 {member.idNumberMasked}</Text>
      <Text className='body-text member-phone-masked'>手机 {member.phoneMasked}</Text>
      <View className='member-actions'>
        <Button className='btn tappable member-edit' onClick={() => openEditor(member.id)}>
          编辑
        </Button>
        <Button className='btn btn-danger tappable member-remove' onClick={onRemove}>
          删除
        </Button>
      </View>
    </View>
  )
}

export function MemberList() {
  const { status, error, members, maxMembers, load, remove } = useMembersStore()

  const full = members.length >= maxMembers
  const addButton = (
    <Button id='member-add' className={`btn btn-primary tappable member-add ${full ? 'is-disabled' : ''}`} disabled={full || undefined} onClick={() => openEditor()}>
      添加家庭成员
    </Button>
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
      {status === 'loading' || status === 'idle' ? <LoadingState text='正在加载家庭成员…' /> : null}
      {status === 'error' && <ErrorState message={error} onRetry={() => void load()} />}
      {status === 'ready' && members.length === 0 && (
        <EmptyState text='还没有家庭成员。添加本人或家人后，就能为他们挂号、助餐。'>{addButton}</EmptyState>
      )}
      {status === 'ready' && members.length > 0 && (
        <View>
          {members.map((member) => (
            <MemberRow key={member.id} member={member} onRemove={() => void confirmRemoval(member, remove)} />
          ))}
          {addButton}
          {full && <Text className='body-text muted member-full'>最多可添加{maxMembers}位家庭成员</Text>}
        </View>
      )}
    </View>
  )
}
