const ROOT = '/packages/canteen/pages'

/** The canteen's pages; orders and groups are also where its messages lead (server: docs/canteen.md). */
export const CANTEEN_PAGES = {
  index: `${ROOT}/index/index`,
  menu: `${ROOT}/menu/index`,
  orders: `${ROOT}/orders/index`,
  groups: `${ROOT}/groups/index`,
  admin: `${ROOT}/admin/index`,
  figures: `${ROOT}/figures/index`,
} as const
