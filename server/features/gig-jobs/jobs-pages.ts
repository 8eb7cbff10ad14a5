/** Mini-app pages that messages open (the jobs subpackage). */
export const JOBS_PAGES = {
  myApplications: '/packages/jobs/pages/my-applications/index',
  posting: (id: string) => `/packages/jobs/pages/posting/index?id=${encodeURIComponent(id)}`,
  employerPostings: '/packages/jobs/pages/employer/index',
  applicants: (id: string) => `/packages/jobs/pages/applicants/index?postingId=${encodeURIComponent(id)}`,
  events: '/packages/jobs/pages/events/index',
} as const;
