import { withQuery } from '@/shared/routes'

const ROOT = '/packages/jobs/pages'

/** The jobs subpackage's pages; the server's messages open the same paths (server/features/gig-jobs/jobs-pages.ts). */
export const JOBS_PAGES = {
  search: `${ROOT}/index/index`,
  posting: (id: string) => withQuery(`${ROOT}/posting/index`, { id }),
  myApplications: `${ROOT}/my-applications/index`,
  register: `${ROOT}/register/index`,
  station: `${ROOT}/station/index`,
  events: `${ROOT}/events/index`,
  employer: `${ROOT}/employer/index`,
  newPosting: `${ROOT}/new-posting/index`,
  applicants: (postingId: string) => withQuery(`${ROOT}/applicants/index`, { postingId }),
  review: `${ROOT}/review/index`,
  import: `${ROOT}/import/index`,
  newEvent: `${ROOT}/new-event/index`,
  figures: `${ROOT}/figures/index`,
} as const
