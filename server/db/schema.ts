import type { ClaimStatus } from '../../src/domain/canteen/claim-workflow';
import type { DiscountGroup, RuleCode } from '../../src/domain/canteen/discount-groups';
import type { Meal } from '../../src/domain/canteen/meals';
import type { OrderStatus } from '../../src/domain/canteen/order-workflow';
import type { Generated } from 'kysely';
import type { RegistrationStatus } from '../../src/domain/clinic/registration-workflow';
import type { ApplicationStatus } from '../../src/domain/jobs/application-workflow';
import type { PostingStatus } from '../../src/domain/jobs/posting-workflow';
import type { ComplaintCategory } from '../../src/domain/heating/categories';
import type { ComplaintStatus } from '../../src/domain/heating/complaint-workflow';

/**
 * Table types for the query builder. Portable on SQLite and PostgreSQL: ids are text,
 * timestamps are UTC ISO-8601 text, business dates are YYYY-MM-DD text, money is integer fen,
 * flags are integers 0/1.
 */
export interface AppSettingTable {
  key: string;
  value: string;
}

export interface AccountTable {
  id: string;
  openid: string;
  display_name: string;
  persona: string | null;
  consent_at: string | null;
  created_at: string;
}

export interface AccountRoleTable {
  account_id: string;
  role: string;
  /** The hospital, station, canteen… the role applies to; '' for county-wide. */
  scope: string;
  granted_at: string;
}

export interface MemberTable {
  id: string;
  account_id: string;
  name: string;
  relation: string;
  /** AES-256-GCM (server/core/personal-data.ts); null once the member is removed. */
  id_number_enc: string | null;
  phone_enc: string | null;
  /** HMAC of the ID number: the person the rules count, kept after removal. */
  person_key: string;
  birth_date: string;
  sex: string;
  created_at: string;
  updated_at: string;
  removed_at: string | null;
}

export interface MessageTable {
  id: string;
  account_id: string;
  kind: string;
  title: string;
  body: string;
  /** Mini-app page the message opens, if any. */
  page: string | null;
  created_at: string;
  read_at: string | null;
  /** pending → sent | failed (retried) | skipped (no template or no subscription). */
  delivery_status: string;
  send_fail_count: number;
  send_fail_reason: string | null;
  sent_at: string | null;
}

export interface SubscriptionTable {
  account_id: string;
  template_id: string;
  /** WeChat one-time subscriptions: each acceptance allows one message. */
  credits: number;
  updated_at: string;
}

export interface IdempotencyTable {
  account_id: string;
  request_id: string;
  fn: string;
  action: string;
  response: string;
  created_at: string;
}

export interface HospitalTable {
  id: string;
  name: string;
  short_name: string;
  sort_order: number;
  /** The registration desk's phone. */
  phone: string;
  /** How and where patients pay on the day. */
  payment_note: string;
}

export interface CampusTable {
  id: string;
  hospital_id: string;
  name: string;
  address: string;
  sort_order: number;
  latitude: number | null;
  longitude: number | null;
}

export interface DepartmentTable {
  id: string;
  hospital_id: string;
  campus_id: string;
  name: string;
  sort_order: number;
  /** Building, floor and area where the department sees patients. */
  location: string;
}

export interface HeatingCompanyTable {
  id: string;
  name: string;
  /** The company's service line for residents. */
  phone: string;
}

export interface HeatStationTable {
  id: string;
  company_id: string;
  name: string;
}

export interface CommunityTable {
  id: string;
  name: string;
  station_id: string;
  sort_order: number;
}

export interface CanteenTable {
  id: string;
  name: string;
  address: string;
  latitude: number;
  longitude: number;
  phone: string;
  /** Comma-separated meals served: breakfast,lunch,dinner. */
  meals: string;
  hours: string;
  daily_capacity: number;
  /** The county's order: the first community canteen, then the towns and villages. */
  sort_order: number;
}

export interface GigStationTable {
  id: string;
  name: string;
  address: string;
  opened_on: string;
  services: string;
  amenities: string;
  hours: Generated<string>;
  phone: Generated<string>;
  latitude: number | null;
  longitude: number | null;
}

export interface ClinicSegmentTable {
  id: string;
  hospital_id: string;
  campus_id: string;
  department_id: string;
  /** Business date YYYY-MM-DD (Asia/Shanghai). */
  date: string;
  /** am 上午 | pm 下午 */
  session: string;
  start_time: string;
  end_time: string;
  /** normal 普通号 | expert 专家号 */
  clinic_type: string;
  doctor_name: string | null;
  registration_fee: number;
  consultation_fee: number;
  capacity: number;
  booked: number;
  /** Queue numbers handed out so far (never reused after a cancellation). */
  issued: number;
  status: 'open' | 'closed';
  created_at: string;
  updated_at: string;
}

export interface RegistrationTable {
  id: string;
  account_id: string;
  member_id: string;
  hospital_id: string;
  campus_id: string;
  department_id: string;
  segment_id: string;
  visit_date: string;
  clinic_type: string;
  /** The patient: rules (limits, suspension, duplicates, windows) count the person. */
  person_key: string;
  /** 序号 in the segment, from 1. */
  queue_number: number;
  status: RegistrationStatus;
  registration_fee: number;
  consultation_fee: number;
  /** What the patient pays, fen. */
  fee: number;
  waived: number;
  waived_amount: number;
  /** The charged visit this free revisit belongs to. */
  anchor_id: string | null;
  created_at: string;
  updated_at: string;
  status_at: string | null;
}

export interface RegistrationAuditTable {
  id: string;
  registration_id: string;
  actor_account_id: string | null;
  event: string;
  from_status: string | null;
  to_status: string | null;
  from_fee: number | null;
  to_fee: number | null;
  reason: string | null;
  created_at: string;
}

export interface FreeClinicTable {
  id: string;
  hospital_id: string;
  campus_id: string;
  title: string;
  experts_from: string;
  date: string;
  start_time: string;
  end_time: string;
  place: string;
  /** Comma-separated department names. */
  departments: string;
  description: string;
  seats: number;
  taken: number;
  created_at: string;
}

export interface FreeClinicSignupTable {
  id: string;
  free_clinic_id: string;
  account_id: string;
  member_id: string;
  person_key: string;
  status: 'signed_up' | 'cancelled';
  created_at: string;
}

/** One move of a record through its workflow: its timeline (who by role, when, why). */
export interface StatusEventTable {
  id: string;
  /** The workflow: registration, complaint, posting, application, order… */
  subject: string;
  subject_id: string;
  from_status: string | null;
  to_status: string;
  actor_account_id: string | null;
  /** resident, hospital_admin, heating_dispatcher…, or system for scheduled jobs. */
  actor_role: string;
  note: string | null;
  at: string;
}

export interface FileTable {
  id: string;
  /** The uploader: only they may attach it, and they may always see it. */
  account_id: string;
  mime: string;
  bytes: number;
  width: number;
  height: number;
  /** local (a folder under DATA_DIR) | cloud (CloudBase storage) */
  storage: string;
  storage_key: string;
  attached_type: string | null;
  attached_id: string | null;
  created_at: string;
}

export interface JobRunTable {
  name: string;
  last_run_at: string;
  last_changed: number;
  last_error: string | null;
}

/** When a canteen serves each of its meals (China time). */
export interface CanteenMealHoursTable {
  canteen_id: string;
  meal: Meal;
  opens_at: string;
  closes_at: string;
}

/** Where a community lies, for "canteens near my community". */
export interface CommunityLocationTable {
  community_id: string;
  latitude: number;
  longitude: number;
}

/** One meal of one canteen on one date: its set price, dishes and places. */
export interface CanteenMenuTable {
  id: string;
  canteen_id: string;
  date: string;
  meal: Meal;
  /** Set price, fen. */
  price: number;
  capacity: number;
  /** Live orders; moves only with exactly one order changing. */
  ordered: number;
  /** JSON array of { name, category, tags, allergens }. */
  dishes: string;
  /** The manager who last published it; null for demo menus. */
  published_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface CanteenOrderTable {
  id: string;
  account_id: string;
  member_id: string;
  /** The diner: one live order per person per date and meal, across accounts. */
  person_key: string;
  canteen_id: string;
  menu_id: string;
  date: string;
  meal: Meal;
  status: OrderStatus;
  /** The set price when ordered, fen. */
  base_price: number;
  /** What the diner pays, computed by the server when ordered and fixed. */
  price: number;
  rule_code: RuleCode;
  rule_label: string;
  created_at: string;
  updated_at: string;
}

/** A person's claim to a discount group; no document image is ever stored. */
export interface CanteenGroupClaimTable {
  id: string;
  person_key: string;
  /** The account that filed it (told of the outcome) and the member it was filed for. */
  account_id: string;
  member_id: string;
  group_code: DiscountGroup;
  status: ClaimStatus;
  /** Where the diner will show the document; null = any canteen. Set to the checking canteen when reviewed. */
  canteen_id: string | null;
  /** Last day the verification holds (China date, inclusive). */
  expires_on: string | null;
  reason: string | null;
  reviewed_by: string | null;
  reviewed_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface CommunityBuildingTable {
  id: string;
  community_id: string;
  /** '3号楼'. */
  name: string;
  sort_order: number;
}

export interface BuildingUnitTable {
  id: string;
  building_id: string;
  /** '2单元'. */
  name: string;
  sort_order: number;
}

/** Complaints from one station within 24 h of the first open one (温暖供热). */
export interface HeatingIncidentTable {
  id: string;
  station_id: string;
  company_id: string;
  opened_at: string;
  /** Distinct households (unit and room) among its complaints. */
  households: number;
  /** When a crew was first sent to any of its complaints (已派单). */
  dispatched_at: string | null;
  updated_at: string;
}

export interface HeatingComplaintTable {
  id: string;
  account_id: string;
  /** The family member the complaint is for, when the app named one. */
  member_id: string | null;
  community_id: string;
  building_id: string;
  unit_id: string;
  room: string;
  station_id: string;
  company_id: string;
  incident_id: string;
  category: ComplaintCategory;
  status: ComplaintStatus;
  /** JSON: [{ celsius, at }], the resident's own readings. */
  readings: string;
  description: string | null;
  /** Contact phone, AES-256-GCM sealed. */
  phone_enc: string;
  measured_celsius: number | null;
  measured_at: string | null;
  crew_name: string | null;
  crew_phone_enc: string | null;
  accepted_at: string | null;
  dispatched_at: string | null;
  first_measured_at: string | null;
  resolved_at: string | null;
  first_resolved_at: string | null;
  reopened_at: string | null;
  closed_at: string | null;
  /** The deadline running now (accept | measure | resolve) and when it ends; null when none runs. */
  due_kind: string | null;
  due_at: string | null;
  rating_score: number | null;
  rating_comment: string | null;
  rated_at: string | null;
  submitted_at: string;
  updated_at: string;
}

/** One overdue notice (督办) per complaint and deadline: the scheduler's record that it told the dispatchers. */
export interface HeatingReminderTable {
  complaint_id: string;
  kind: string;
  due_at: string;
  created_at: string;
}

/** The place an account last reported from, to prefill the next complaint. */
export interface HeatingResidenceTable {
  account_id: string;
  community_id: string;
  building_id: string;
  unit_id: string;
  room: string;
  updated_at: string;
}

/** 零工驿站: a business the station has checked (营业执照); only verified ones post. */
export interface EmployerTable {
  id: string;
  station_id: string;
  name: string;
  /** 统一社会信用代码, '' for employers imported from the provincial platform. */
  credit_code: string;
  verified: number;
  verified_at: string | null;
  contact_name: string;
  /** Sealed (AES-256-GCM). */
  contact_phone_enc: string | null;
  address: string;
  /** station (verified at the counter) | import (verified on the provincial platform). */
  source: string;
  created_at: string;
  updated_at: string;
}

export interface JobPostingTable {
  id: string;
  /**
   * Publication number, given by the database when the posting is first published:
   * "newest first" is this order, and the SQLite keyword index is keyed by it.
   */
  pub_seq: Generated<number | null>;
  employer_id: string;
  station_id: string;
  title: string;
  description: string;
  category: string;
  type: string;
  /** Fen per pay_unit. */
  pay: number;
  /** hour | day | month | piece */
  pay_unit: string;
  same_day_pay: number;
  /** Estimated fen per day, for sorting across units (piece rates 0). */
  pay_daily: number;
  place: string;
  lat: number;
  lng: number;
  /** The place as a unit vector: the squared chord to a point orders and bounds by exact distance. */
  ux: number;
  uy: number;
  uz: number;
  headcount: number;
  /** Applications moved to hired; never above headcount. */
  hired: number;
  min_age: number | null;
  max_age: number | null;
  /** JSON array of skill names. */
  skills: string;
  requirements_note: string;
  work_from: string | null;
  work_to: string | null;
  work_hours: string;
  contact_name: string;
  /** Sealed (AES-256-GCM): shown only after applying, to the employer and to station staff. */
  contact_phone_enc: string;
  /** Last day (Asia/Shanghai, inclusive) applications are taken. */
  valid_through: string;
  status: PostingStatus;
  rejection_reason: string | null;
  /** employer (posted here) | import (from the provincial platform's CSV). */
  source: string;
  /** For imports: the line's identity, so the same file imported twice adds nothing. */
  source_key: string | null;
  /** Title, employer, category, place, skills and requirements: what keyword search matches. */
  search_text: string;
  created_by_account_id: string | null;
  posted_at: string | null;
  created_at: string;
  updated_at: string;
}

/** A posting as it is written (its publication number comes from the database). */
export type JobPostingRecord = Omit<JobPostingTable, 'pub_seq'>;

export interface JobApplicationTable {
  id: string;
  posting_id: string;
  account_id: string;
  member_id: string;
  /** One application per posting and person (across members and accounts). */
  person_key: string;
  status: ApplicationStatus;
  hired_at: string | null;
  created_at: string;
  updated_at: string;
}

/** 求职登记 of one member. */
export interface JobSeekerTable {
  id: string;
  account_id: string;
  member_id: string;
  /** JSON array. */
  skills: string;
  /** Comma-separated category codes. */
  categories: string;
  availability: string;
  area: string;
  created_at: string;
  updated_at: string;
}

export interface JobEventTable {
  id: string;
  station_id: string;
  /** training | fair */
  kind: string;
  title: string;
  description: string;
  starts_at: string;
  ends_at: string | null;
  place: string;
  lat: number | null;
  lng: number | null;
  seats: number;
  taken: number;
  created_by_account_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface JobEventEnrollmentTable {
  id: string;
  event_id: string;
  account_id: string;
  member_id: string;
  person_key: string;
  status: 'enrolled' | 'cancelled';
  /** When the reminder before the start was queued (the reminder job sends one per enrolment). */
  reminded_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface Database {
  app_settings: AppSettingTable;
  accounts: AccountTable;
  account_roles: AccountRoleTable;
  members: MemberTable;
  messages: MessageTable;
  subscriptions: SubscriptionTable;
  idempotency_keys: IdempotencyTable;
  hospitals: HospitalTable;
  campuses: CampusTable;
  departments: DepartmentTable;
  heating_companies: HeatingCompanyTable;
  heat_stations: HeatStationTable;
  communities: CommunityTable;
  canteens: CanteenTable;
  gig_stations: GigStationTable;
  clinic_segments: ClinicSegmentTable;
  registrations: RegistrationTable;
  registration_audit: RegistrationAuditTable;
  free_clinics: FreeClinicTable;
  free_clinic_signups: FreeClinicSignupTable;
  status_events: StatusEventTable;
  files: FileTable;
  job_runs: JobRunTable;
  canteen_meal_hours: CanteenMealHoursTable;
  community_locations: CommunityLocationTable;
  canteen_menus: CanteenMenuTable;
  canteen_orders: CanteenOrderTable;
  canteen_group_claims: CanteenGroupClaimTable;
  community_buildings: CommunityBuildingTable;
  building_units: BuildingUnitTable;
  heating_incidents: HeatingIncidentTable;
  heating_complaints: HeatingComplaintTable;
  heating_reminders: HeatingReminderTable;
  heating_residences: HeatingResidenceTable;
  employers: EmployerTable;
  job_postings: JobPostingTable;
  job_applications: JobApplicationTable;
  job_seekers: JobSeekerTable;
  job_events: JobEventTable;
  job_event_enrollments: JobEventEnrollmentTable;
}
