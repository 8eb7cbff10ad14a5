import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import './page-shell.scss'

interface PageShellProps {
  senior: boolean
  className?: string
  children: ReactNode
}

/** Root of every screen: carries the `senior` class that enlarges text and touch targets. */
export function PageShell({ senior, className, children }: PageShellProps) {
  const classes = ['page', senior ? 'senior' : '', className ?? ''].filter(Boolean).join(' ')
  return <View className={classes}>{children}</View>
}
