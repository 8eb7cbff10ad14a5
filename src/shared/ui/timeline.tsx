import { Text, View } from '@tarojs/components'
import type { TimelineEntry } from '@/domain/workflow'
import { shanghaiDateTime } from '@/domain/date-wording'
import { roleLabel } from '@/shared/session/role-labels'
import './kit.scss'

export type TimelineItem = Pick<TimelineEntry, 'status' | 'statusLabel' | 'at' | 'role' | 'note'>

/** Every step of a record, oldest first: what it became, when (China time), by whom (a role, never a name), and why. */
export function Timeline({ entries, title = '办理进度' }: { entries: TimelineItem[]; title?: string }) {
  if (entries.length === 0) return null
  return (
    <View className='timeline'>
      <Text className='body-text section-title'>{title}</Text>
      <View role='list' className='timeline-list'>
        {entries.map((entry, index) => (
          <View key={`${entry.status}-${entry.at}-${index}`} role='listitem' className={`timeline-entry ${index === entries.length - 1 ? 'is-latest' : ''}`}>
            <View className='timeline-dot' />
            <View className='timeline-body'>
              <Text className='body-text timeline-status'>{entry.statusLabel}</Text>
              <Text className='body-text muted timeline-meta'>
                <Text className='nowrap'>{shanghaiDateTime(entry.at)}</Text> · {roleLabel(entry.role)}
              </Text>
              {entry.note && <Text className='body-text timeline-note'>{entry.note}</Text>}
            </View>
          </View>
        ))}
      </View>
    </View>
  )
}
