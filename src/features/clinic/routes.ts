const ROOT = '/packages/clinic/pages'

export const CLINIC_PAGES = {
  index: `${ROOT}/index/index`,
  schedule: `${ROOT}/schedule/index`,
  confirm: `${ROOT}/confirm/index`,
  success: `${ROOT}/success/index`,
  mine: `${ROOT}/mine/index`,
  freeClinics: `${ROOT}/free-clinics/index`,
  admin: `${ROOT}/admin/index`,
} as const

/** The account subpackage's member form (the feature links to it by route, not by import). */
export const MEMBER_EDIT_PAGE = '/packages/account/pages/member-edit/index'

export const LOGIN_TAB = '/pages/mine/index'

export function withQuery(path: string, params: Record<string, string | undefined>): string {
  const query = Object.entries(params)
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '')
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join('&')
  return query ? `${path}?${query}` : path
}
