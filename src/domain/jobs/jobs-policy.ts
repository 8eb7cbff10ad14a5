/** The gig station's tunable numbers (domain.md §4); every one is configurable. */
export interface JobsPolicy {
  /** A posting is valid at most this many days after it is created or imported. */
  maxValidDays: number;
  /**
   * Search answers this many cards per page unless asked otherwise: in 长辈模式 three big
   * cards fill a screen, and a short page is quick on 4G; the list loads more as it scrolls.
   */
  pageSize: number;
  /** …and never more than this. */
  maxPageSize: number;
  /** The largest search radius a seeker may ask for. */
  maxRadiusKm: number;
  /** Enrolled residents are reminded this many hours before a class or fair starts. */
  reminderHoursBefore: number;
  /** Lines one CSV import may carry. */
  importMaxRows: number;
  /**
   * Imported postings come from the provincial platform (吉林省公共就业服务平台), where the
   * station has already reviewed them: published at once (true) or queued for review again.
   */
  importPublishes: boolean;
  /** Youngest age a posting may ask for (劳动法: 16). */
  minWorkingAge: number;
  /** Sorting by pay across units compares an estimated day's pay: hours in a day… */
  hoursPerDay: number;
  /** …and working days in a month. Piece rates have no day estimate and sort last. */
  workDaysPerMonth: number;
  /** Coordinates outside this box are refused (swapped or missing lat/lng). */
  serviceArea: { minLat: number; maxLat: number; minLng: number; maxLng: number };
}

export const DEFAULT_JOBS_POLICY: JobsPolicy = {
  maxValidDays: 90,
  pageSize: 10,
  maxPageSize: 50,
  maxRadiusKm: 100,
  reminderHoursBefore: 24,
  importMaxRows: 1000,
  importPublishes: true,
  minWorkingAge: 16,
  hoursPerDay: 8,
  workDaysPerMonth: 22,
  // Jilin province with a margin: 伊通 residents also take work in 长春 and 四平.
  serviceArea: { minLat: 40.8, maxLat: 46.4, minLng: 121.6, maxLng: 131.4 },
};
