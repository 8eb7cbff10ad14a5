import type { PropsWithChildren } from 'react'
import Taro, { usePageNotFound } from '@tarojs/taro'
import './app.scss'

const NOT_FOUND_PAGE = '/pages/not-found/index'

function App({ children }: PropsWithChildren) {
  // An unknown address (a mistyped or outdated link) gets a page that says so, not a blank screen.
  usePageNotFound(() => {
    void Taro.redirectTo({ url: NOT_FOUND_PAGE }).catch(() => Taro.reLaunch({ url: NOT_FOUND_PAGE }))
  })
  return children
}

export default App
