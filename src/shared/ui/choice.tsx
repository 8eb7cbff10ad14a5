import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import './kit.scss'

/** A set of choices of which one may be chosen, named for a screen reader. */
export function ChoiceGroup({ label, children, className }: { label: string; children: ReactNode; className?: string }) {
  return (
    <View role='radiogroup' aria-label={label} className={`choice-group ${className ?? ''}`}>
      {children}
    </View>
  )
}

export interface ChoiceProps {
  selected: boolean
  onSelect: () => void
  children: ReactNode
  id?: string
  className?: string
  disabled?: boolean
  data?: Record<`data-${string}`, string>
}

/**
 * One big choice card. Only the chosen card is filled and carries "已选"; an unchosen card
 * is plain, whatever its colour accents, so nothing looks chosen before the person chooses.
 */
export function Choice({ selected, onSelect, children, id, className, disabled, data }: ChoiceProps) {
  return (
    <View
      {...(id ? { id } : {})}
      role='radio' tabIndex={0}
      aria-checked={selected ? 'true' : 'false'}
      aria-disabled={disabled ? 'true' : undefined}
      className={`choice-card tappable ${selected ? 'selected' : ''} ${disabled ? 'disabled' : ''} ${className ?? ''}`}
      onClick={disabled ? undefined : onSelect}
      {...data}
    >
      <View className='choice-content'>{children}</View>
      <Text className={`choice-mark ${selected ? 'is-on' : ''}`} aria-hidden='true'>
        {selected ? '✓ 已选' : ''}
      </Text>
    </View>
  )
}
