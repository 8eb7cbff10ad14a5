/**
 * Routes the shared parts lead to. Features link to each other by route, never by import;
 * these are the ones every feature may need (home, sign-in on 我的, the member form).
 */
export const HOME_TAB = '/pages/index/index'

/** Sign-in lives on 我的. */
export const SIGN_IN_TAB = '/pages/mine/index'

export const MEMBER_EDIT_PAGE = '/packages/account/pages/member-edit/index'

export function withQuery(path: string, params: Record<string, string | undefined>): string {
  const query = Object.entries(params)
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '')
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join('&')
  return query ? `${path}?${query}` : path
}
