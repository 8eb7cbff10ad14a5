export const MEMBER_EDIT_PAGE = '/packages/account/pages/member-edit/index'
