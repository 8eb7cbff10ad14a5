import Taro from '@tarojs/taro'
import { createJSONStorage } from 'zustand/middleware'

/** zustand persistence over Taro's synchronous storage, which exists on weapp and H5 alike. */
export const taroJSONStorage = createJSONStorage(() => ({
  getItem: (key: string): string | null => {
    const value: unknown = Taro.getStorageSync(key)
    return typeof value === 'string' && value !== '' ? value : null
  },
  setItem: (key: string, value: string): void => {
    Taro.setStorageSync(key, value)
  },
  removeItem: (key: string): void => {
    Taro.removeStorageSync(key)
  },
}))
