import type { ReactNode } from 'react'
import { Text } from '@tarojs/components'
import type { Tone } from '@/domain/workflow'
import './kit.scss'

/**
 * A record's status in words, coloured by its tone from the workflow table (neutral,
 * progress, good, warn, bad). The words carry the meaning; colour only repeats it.
 */
export function StatusBadge({ tone, children }: { tone: Tone; children: ReactNode }) {
  return <Text className={`body-text status-badge tone-${tone}`}>{children}</Text>
}
