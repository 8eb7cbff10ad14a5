import { fireEvent, render, screen } from '@testing-library/react'
import { useState } from 'react'
import { Text } from '@tarojs/components'
import { ApiError } from '@/shared/api/api-error'
import { ListShell, Tabs } from './list-shell'

type Answer = { open: string[]; done: string[] }

function Harness({ data, error }: { data?: Answer; error?: ApiError }) {
  const [tab, setTab] = useState<'open' | 'done'>('open')
  return (
    <ListShell
      title='我的报修'
      query={{ status: error ? 'error' : data ? 'ready' : 'loading', data, error: error ?? null, reload: async () => undefined }}
      header={<Tabs tabs={[{ key: 'open', label: '处理中', count: data?.open.length }, { key: 'done', label: '已办结' }]} active={tab} onChange={setTab} />}
      items={(d) => d[tab]}
      keyOf={(item) => item}
      renderItem={(item) => <Text>{item}</Text>}
      emptyText='没有记录。'
    />
  )
}

describe('ListShell', () => {
  it('shows the chosen tab’s rows, says which tab is chosen, and switches', () => {
    render(<Harness data={{ open: ['长青小区 3号楼'], done: [] }} />)
    expect(screen.getByRole('tab', { name: '处理中（1）' })).toHaveAttribute('aria-selected', 'true')
    expect(screen.getByText('长青小区 3号楼')).toBeInTheDocument()
    fireEvent.click(screen.getByRole('tab', { name: '已办结' }))
    expect(screen.getByRole('tab', { name: '已办结' })).toHaveAttribute('aria-selected', 'true')
    expect(screen.getByText('没有记录。')).toBeInTheDocument()
  })

  it('keeps its tabs on screen while the list loads or fails', () => {
    render(<Harness error={new ApiError('NETWORK', '网络不给力，请检查网络后重试')} />)
    expect(screen.getByRole('tablist')).toBeInTheDocument()
    expect(screen.getByRole('alert')).toHaveTextContent('网络不给力')
  })
})
