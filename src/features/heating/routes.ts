const ROOT = '/packages/heating/pages'

/**
 * The heating pages. `complaint` and `desk` are the paths the server's notices link to
 * (docs/heating.md): keep them.
 */
export const HEATING_PAGES = {
  index: `${ROOT}/index/index`,
  report: `${ROOT}/report/index`,
  mine: `${ROOT}/mine/index`,
  complaint: `${ROOT}/complaint/index`,
  dispatch: `${ROOT}/dispatch/index`,
  desk: `${ROOT}/desk/index`,
  figures: `${ROOT}/figures/index`,
} as const
