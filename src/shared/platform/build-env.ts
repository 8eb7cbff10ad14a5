/** The API origin ('' = same origin, as on our H5 host). */
export const apiBase: string = typeof API_BASE === 'string' ? API_BASE : ''

/** The CloudBase environment id; empty means "talk HTTP to our own host". */
export const cloudEnv: string = typeof CLOUD_ENV === 'string' ? CLOUD_ENV : ''

export const isWeapp = (): boolean => process.env.TARO_ENV === 'weapp'

export const usesCloud = (): boolean => isWeapp() && cloudEnv !== ''
