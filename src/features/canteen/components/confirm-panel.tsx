import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import { ActionButton } from '@/shared/ui/action-button'
import { FormError } from '@/shared/ui/form-field'
import './canteen.scss'

export interface ConfirmPanelProps {
  /** What is about to happen, as a question. */
  title: string
  /** The facts to check, one a line (who, when, where, what it costs, until when it can be undone). */
  lines: ReactNode[]
  confirmText: string
  pendingText: string
  cancelText?: string
  danger?: boolean
  pending: boolean
  error?: string
  onConfirm: () => void
  onCancel: () => void
}

/**
 * A check before a change, in the page itself where the finger already is: in the page's own
 * large type in 长辈模式 and one fact a line (a system dialog runs them together in small
 * print), with the way back as big as the way on.
 */
export function ConfirmPanel({ title, lines, confirmText, pendingText, cancelText = '再想想', danger, pending, error, onConfirm, onCancel }: ConfirmPanelProps) {
  return (
    <View role='group' aria-label={title} className={`confirm-panel ${danger ? 'is-danger' : ''}`}>
      <Text className='body-text confirm-title'>{title}</Text>
      {lines.map((line, index) => (
        <Text key={index} className='body-text summary-line confirm-line'>
          {line}
        </Text>
      ))}
      <FormError name='confirm' text={error} />
      <ActionButton kind={danger ? 'danger' : 'primary'} block className='confirm-yes' disabled={pending} onClick={onConfirm}>
        {pending ? pendingText : confirmText}
      </ActionButton>
      <ActionButton block className='confirm-no' disabled={pending} onClick={onCancel}>
        {cancelText}
      </ActionButton>
    </View>
  )
}
