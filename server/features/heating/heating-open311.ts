import type { App } from '../../app';
import type { HttpRoute } from '../../core/service-module';
import { CATEGORY_IDS, COMPLAINT_CATEGORIES, isCategory, type ComplaintCategory } from '../../../src/domain/heating/categories';
import { complaintWorkflow, OPEN_STATUSES, type ComplaintStatus } from '../../../src/domain/heating/complaint-workflow';
import { startOfBusinessDate } from '../../../src/domain/business-date';
import { heatingRepository } from './heating-repository';
import { entranceOf } from './heating-views';

/**
 * Open311 GeoReport v2, read-only, for the county's 12345 platform: one service per
 * complaint category, and the requests of a period. The address stops at the unit (单元):
 * never the room, the resident's name or phone, the description or the photos.
 */
const SHANGHAI_MS = 8 * 3600_000;
const MAX_REQUESTS = 1000;
const DEFAULT_DAYS = 90;
const ZIPCODE = '130700';

/** Open311 times carry their zone: '2026-12-01T10:00:00+08:00'. */
const w3c = (iso: string) => `${new Date(new Date(iso).getTime() + SHANGHAI_MS).toISOString().slice(0, 19)}+08:00`;

const CLOSED_STATUSES = complaintWorkflow.statuses.filter((s) => !complaintWorkflow.isOpen(s));

type Answer = { status: number; body: unknown };

const bad = (description: string): Answer => ({ status: 400, body: [{ code: 400, description }] });

/** A W3C date-time with its zone, or a bare date read as that day's 00:00 in China. */
function instantOf(value: string): Date | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const d = startOfBusinessDate(value);
    return Number.isNaN(d.getTime()) || new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value ? null : d;
  }
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})$/.test(value)) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}

const services = () =>
  CATEGORY_IDS.map((code) => ({
    service_code: code,
    service_name: COMPLAINT_CATEGORIES[code].label,
    description: `温暖供热：${COMPLAINT_CATEGORIES[code].label}${COMPLAINT_CATEGORIES[code].seasonal ? '（供暖期内受理）' : ''}`,
    metadata: false,
    type: 'realtime',
    keywords: '供热,供暖,暖气',
    group: '温暖供热',
  }));

type PublicRow = Awaited<ReturnType<ReturnType<typeof heatingRepository>['publicRequests']>>[number];

const toRequest = (r: PublicRow) => ({
  service_request_id: r.id,
  status: complaintWorkflow.isOpen(r.status) ? 'open' : 'closed',
  status_notes: complaintWorkflow.label(r.status),
  service_name: COMPLAINT_CATEGORIES[r.category].label,
  service_code: r.category,
  agency_responsible: r.company_name,
  requested_datetime: w3c(r.submitted_at),
  updated_datetime: w3c(r.updated_at),
  expected_datetime: r.due_at ? w3c(r.due_at) : null,
  address: entranceOf(r),
  zipcode: ZIPCODE,
});

async function requests(app: App, query: URLSearchParams): Promise<Answer> {
  const heating = heatingRepository(app.db);
  // GeoReport: service_request_id (comma-separated) overrides every other argument.
  const ids = query.get('service_request_id');
  if (ids) {
    const wanted = ids.split(',').map((s) => s.trim()).filter((s) => /^[A-Za-z0-9_.:-]{1,80}$/.test(s)).slice(0, MAX_REQUESTS);
    return { status: 200, body: (await heating.publicRequests({ ids: wanted }, MAX_REQUESTS)).map(toRequest) };
  }
  const end = query.get('end_date') ? instantOf(query.get('end_date')!) : app.clock.now();
  if (!end) return bad('end_date must be a W3C date-time with its zone, e.g. 2026-12-01T00:00:00+08:00');
  const start = query.get('start_date') ? instantOf(query.get('start_date')!) : new Date(end.getTime() - DEFAULT_DAYS * 24 * 3600_000);
  if (!start) return bad('start_date must be a W3C date-time with its zone, e.g. 2026-12-01T00:00:00+08:00');
  if (start.getTime() > end.getTime()) return bad('start_date must not be after end_date');

  let statuses: readonly ComplaintStatus[] = complaintWorkflow.statuses;
  const status = query.get('status');
  if (status) {
    const wanted = status.split(',').map((s) => s.trim());
    if (wanted.some((s) => s !== 'open' && s !== 'closed')) return bad('status must be open or closed');
    statuses = [...(wanted.includes('open') ? OPEN_STATUSES : []), ...(wanted.includes('closed') ? CLOSED_STATUSES : [])];
  }
  let categories: ComplaintCategory[] = [...CATEGORY_IDS];
  const codes = query.get('service_code');
  if (codes) {
    const wanted = codes.split(',').map((s) => s.trim());
    if (!wanted.every(isCategory)) return bad('unknown service_code; see services.json');
    categories = wanted;
  }
  // end_date is inclusive.
  const rows = await heating.publicRequests({ fromIso: start.toISOString(), toIso: new Date(end.getTime() + 1).toISOString(), statuses, categories }, MAX_REQUESTS);
  return { status: 200, body: rows.map(toRequest) };
}

async function oneRequest(app: App, id: string): Promise<Answer> {
  const rows = await heatingRepository(app.db).publicRequests({ ids: [id] }, 1);
  return rows.length ? { status: 200, body: rows.map(toRequest) } : { status: 404, body: [{ code: 404, description: 'service request not found' }] };
}

export const OPEN311_ROUTES: HttpRoute[] = [
  { path: /^\/open311\/v2\/services\.json$/, handle: async () => ({ status: 200, body: services() }) },
  { path: /^\/open311\/v2\/requests\.json$/, handle: (app, _match, query) => requests(app, query) },
  { path: /^\/open311\/v2\/requests\/([A-Za-z0-9_.:-]{1,80})\.json$/, handle: (app, match) => oneRequest(app, match[1]) },
];
