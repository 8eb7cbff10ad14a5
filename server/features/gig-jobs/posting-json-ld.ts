import { businessDate } from '../../../src/domain/business-date';
import { isListed, requirementsText } from '../../../src/domain/jobs/posting-rules';
import { CATEGORIES, type PayUnit, type PostingCategory, type PostingType, payText } from '../../../src/domain/jobs/vocabulary';
import type { HttpRoute } from '../../core/service-module';
import { parseSkills } from './jobs-views';
import { postingRepository, type PostingRow } from './posting-repository';

/**
 * schema.org's unitText values search engines read for baseSalary (HOUR, DAY, WEEK,
 * MONTH, YEAR). A piece rate has none: it is said in incentiveCompensation instead.
 */
const UNIT_TEXT: Partial<Record<PayUnit, string>> = { hour: 'HOUR', day: 'DAY', month: 'MONTH' };

/** schema.org employmentType values (FULL_TIME, PART_TIME, TEMPORARY, PER_DIEM…). */
function employmentType(type: PostingType, sameDayPay: boolean): string[] {
  if (type === 'full_time') return ['FULL_TIME'];
  if (type === 'part_time') return ['PART_TIME'];
  if (type === 'temporary') return sameDayPay ? ['TEMPORARY', 'PER_DIEM'] : ['TEMPORARY'];
  return ['TEMPORARY', 'PER_DIEM'];
}

/**
 * A published posting as schema.org JobPosting, for search engines and the provincial
 * platform. Never the contact phone or anything about applicants.
 */
export function toJobPostingJsonLd(r: PostingRow): Record<string, unknown> {
  const unit = r.pay_unit as PayUnit;
  const sameDay = r.same_day_pay === 1;
  const requirements = requirementsText({ minAge: r.min_age, maxAge: r.max_age, skills: parseSkills(r.skills), note: r.requirements_note });
  const pay = payText(r.pay, unit, sameDay);
  const description = r.description || [r.title, pay, r.place, requirements].filter(Boolean).join('；');
  const unitText = UNIT_TEXT[unit];
  return {
    '@context': 'https://schema.org/',
    '@type': 'JobPosting',
    identifier: { '@type': 'PropertyValue', name: '伊通县零工驿站', value: r.id },
    title: r.title,
    description,
    datePosted: r.posted_at,
    // The last valid day, inclusive, to its end in China time.
    validThrough: `${r.valid_through}T23:59:59+08:00`,
    employmentType: employmentType(r.type as PostingType, sameDay),
    hiringOrganization: { '@type': 'Organization', name: r.employer_name },
    jobLocation: {
      '@type': 'Place',
      address: { '@type': 'PostalAddress', streetAddress: r.place, addressLocality: '伊通满族自治县', addressRegion: '吉林省', addressCountry: 'CN' },
      geo: { '@type': 'GeoCoordinates', latitude: r.lat, longitude: r.lng },
    },
    ...(unitText
      ? { baseSalary: { '@type': 'MonetaryAmount', currency: 'CNY', value: { '@type': 'QuantitativeValue', value: r.pay / 100, unitText } } }
      : { incentiveCompensation: `计件：${pay}` }),
    occupationalCategory: CATEGORIES[r.category as PostingCategory] ?? r.category,
    totalJobOpenings: r.headcount,
    ...(requirements ? { qualifications: requirements } : {}),
    ...(r.work_hours ? { workHours: r.work_hours } : {}),
  };
}

/** GET /jobs/<postingId>.jsonld: published, unexpired postings of verified employers; anything else 404. */
export const jobPostingJsonLdRoute: HttpRoute = {
  path: /^\/jobs\/([A-Za-z0-9_.:-]{1,80})\.jsonld$/,
  async handle(app, match) {
    const row = await postingRepository(app.db).find(match[1]);
    const today = businessDate(app.clock.now());
    if (!row || !isListed({ status: row.status, validThrough: row.valid_through, employerVerified: row.employer_verified === 1 }, today)) {
      return { status: 404, body: { error: 'not_found', message: '未找到该岗位' } };
    }
    return { status: 200, body: toJobPostingJsonLd(row), contentType: 'application/ld+json; charset=utf-8' };
  },
};
