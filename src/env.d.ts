/// <reference types="@tarojs/taro" />

declare module '*.png' {
  const src: string
  export default src
}
declare module '*.scss'

/** Build-time constants from config/index.ts (defineConstants). */
declare const API_BASE: string
declare const CLOUD_ENV: string
