const ROOT = '/packages/clinic/pages'

export const CLINIC_PAGES = {
  index: `${ROOT}/index/index`,
  schedule: `${ROOT}/schedule/index`,
  confirm: `${ROOT}/confirm/index`,
  success: `${ROOT}/success/index`,
  mine: `${ROOT}/mine/index`,
  freeClinics: `${ROOT}/free-clinics/index`,
  admin: `${ROOT}/admin/index`,
  figures: `${ROOT}/figures/index`,
} as const
