import type { ReactNode } from 'react'
import { Button } from '@tarojs/components'

export type ButtonKind = 'primary' | 'secondary' | 'danger'

export interface ActionButtonProps {
  children: ReactNode
  onClick?: () => void
  kind?: ButtonKind
  /** Full width of its container (the main action of a screen). */
  block?: boolean
  disabled?: boolean
  id?: string
  className?: string
  /** The id of the text that explains the button (e.g. why it is disabled). */
  describedBy?: string
  /** A fuller name for screen readers when the visible word is short ("删除" → "删除王秀兰"). */
  label?: string
}

/**
 * The one button: big enough to hit in both modes, named by its text, and when disabled
 * still legible (grey, not faded) and announced as disabled.
 */
export function ActionButton({ children, onClick, kind = 'secondary', block, disabled, id, className, describedBy, label }: ActionButtonProps) {
  const classes = ['btn', 'tappable', kind === 'primary' ? 'btn-primary' : '', kind === 'danger' ? 'btn-danger' : '', block ? 'full-width' : '', disabled ? 'is-disabled' : '', className ?? '']
  return (
    <Button
      // Taro writes id="undefined" for an absent id: pass it only when there is one.
      {...(id ? { id } : {})}
      role='button' tabIndex={0}
      aria-label={label}
      aria-disabled={disabled ? 'true' : undefined}
      aria-describedby={describedBy}
      className={classes.filter(Boolean).join(' ')}
      disabled={disabled || undefined}
      onClick={disabled ? undefined : onClick}
    >
      {children}
    </Button>
  )
}
