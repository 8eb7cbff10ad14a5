import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import type { Tone } from '@/domain/workflow'
import { StatusBadge } from './status-badge'
import { Timeline, type TimelineItem } from './timeline'
import './kit.scss'

export interface DetailCardProps {
  title: ReactNode
  status?: { label: string; tone: Tone }
  /** The one figure that matters most (a fee, a time, a temperature), shown big. */
  figure?: ReactNode
  children?: ReactNode
  timeline?: TimelineItem[]
  /** Buttons at the foot of the card. */
  actions?: ReactNode
  className?: string
  /** Names the card for screen readers (and tests) when the title alone does not tell cards apart. */
  label?: string
  /** data-* attributes for the record (its id), e.g. { 'data-registration-id': r.id }. */
  data?: Record<`data-${string}`, string>
}

/**
 * One record: its title and status, its key figure, its lines, its timeline and what can be
 * done with it. Used as a row of a list and as the body of a detail screen.
 */
export function DetailCard({ title, status, figure, children, timeline, actions, className, label, data }: DetailCardProps) {
  return (
    <View role='group' aria-label={label} className={`card detail-card ${className ?? ''}`} {...data}>
      <View className='detail-heading'>
        <Text className='key-figure detail-title'>{title}</Text>
        {status && <StatusBadge tone={status.tone}>{status.label}</StatusBadge>}
      </View>
      {figure !== undefined && <View className='detail-figure'>{figure}</View>}
      {children && <View className='detail-lines'>{children}</View>}
      {timeline && <Timeline entries={timeline} />}
      {actions && <View className='action-row detail-actions'>{actions}</View>}
    </View>
  )
}
