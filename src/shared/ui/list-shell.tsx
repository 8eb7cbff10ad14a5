import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import type { Query } from '@/shared/api/use-query'
import { AsyncView } from './async-view'
import './kit.scss'

export interface ListTab<K extends string> {
  key: K
  label: string
  /** Shown as （n） after the label once known. */
  count?: number
}

/** A row of tabs that says which one is chosen, to the eye and to a screen reader. */
export function Tabs<K extends string>({ tabs, active, onChange }: { tabs: ListTab<K>[]; active: K; onChange: (key: K) => void }) {
  return (
    <View role='tablist' className='tabs'>
      {tabs.map((tab) => (
        <View
          key={tab.key}
          id={`tab-${tab.key}`}
          role='tab' tabIndex={0}
          aria-selected={tab.key === active ? 'true' : 'false'}
          className={`tab tappable body-text ${tab.key === active ? 'selected' : ''}`}
          onClick={() => onChange(tab.key)}
        >
          {tab.label}
          {tab.count === undefined ? '' : `（${tab.count}）`}
        </View>
      ))}
    </View>
  )
}

export interface ListShellProps<D, T> {
  query: Pick<Query<D>, 'status' | 'data' | 'error' | 'reload'>
  /** The rows to show from the answer (e.g. the chosen tab's list). */
  items: (data: D) => T[]
  keyOf: (item: T) => string
  renderItem: (item: T) => ReactNode
  title?: string
  /** Above the rows (tabs, filters); shown whatever the state of the list. */
  header?: ReactNode
  /** Below the rows once loaded (a rule, a note). */
  footer?: (data: D) => ReactNode
  loadingText?: string
  emptyText: string
  emptyAction?: ReactNode
  signIn?: string
  className?: string
}

/** A list screen: a title, tabs or filters, then loading / error / empty / the rows. */
export function ListShell<D, T>({ query, items, keyOf, renderItem, title, header, footer, loadingText, emptyText, emptyAction, signIn, className }: ListShellProps<D, T>) {
  return (
    <View className={`list-shell ${className ?? ''}`}>
      {title && <Text className='body-text section-title list-title'>{title}</Text>}
      {header}
      <AsyncView query={query} loadingText={loadingText} signIn={signIn} isEmpty={(data) => items(data).length === 0} emptyText={emptyText} emptyAction={emptyAction}>
        {(data) => (
          <View className='list-rows'>
            {items(data).map((item) => (
              <View key={keyOf(item)} className='list-row'>
                {renderItem(item)}
              </View>
            ))}
          </View>
        )}
      </AsyncView>
      {query.data !== undefined && footer?.(query.data)}
    </View>
  )
}
