/**
 * ARIA roles on Taro components. H5 renders them as attributes of the custom element (what
 * screen readers and role-based tests read); the mini-app ignores what it does not know.
 */
import type { BaseTouchEvent, ITouchEvent } from '@tarojs/components/types/common'

declare module '@tarojs/components/types/common' {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unused-vars
  interface StandardProps<T = any, TouchEvent extends BaseTouchEvent<any> = ITouchEvent> {
    role?: string
    /** 0 puts a tappable view in the keyboard's tab order (H5). */
    tabIndex?: number
  }
}
