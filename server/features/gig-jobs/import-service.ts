import { createHash } from 'node:crypto';
import { businessDate } from '../../../src/domain/business-date';
import type { ImportAnswer, ImportRefusal } from '../../../src/domain/jobs/contract';
import { parseCsv } from '../../../src/domain/jobs/csv';
import type { JobsPolicy } from '../../../src/domain/jobs/jobs-policy';
import { jobsSentences } from '../../../src/domain/jobs/policy-sentences';
import { CSV_HEADER, postingFromCsv, readHeader, refusalMessage, type ImportedPosting } from '../../../src/domain/jobs/posting-import';
import { postingWorkflow } from '../../../src/domain/jobs/posting-workflow';
import { AppError } from '../../core/errors';
import { newId } from '../../core/ids';
import type { Vault } from '../../core/personal-data';
import type { EmployerTable } from '../../db/schema';
import type { StatusStore } from '../../db/status-store';
import type { EmployerRepository } from './employer-repository';
import { stationOf, type Viewer } from './posting-access';
import { postingRow } from './posting-record';
import type { PostingRepository } from './posting-repository';

export interface ImportDeps {
  postings: PostingRepository;
  employers: EmployerRepository;
  statuses: StatusStore;
  vault: Vault;
  now: Date;
  policy: JobsPolicy;
  viewer: Viewer;
}

/** The line's identity: the same posting imported twice (the same file again) adds nothing. */
const sourceKeyOf = (p: ImportedPosting) =>
  createHash('sha256')
    .update(JSON.stringify([p.title, p.employerName, p.category, p.type, p.pay, p.payUnit, p.sameDayPay, p.place, p.lat, p.lng, p.headcount, p.validThrough, p.contactPhone, p.requirements.note]))
    .digest('base64url');

/**
 * The provincial platform's postings as a CSV file (the article's 2,592 came from there).
 * Each line stands alone: a bad line is refused with its line number and what is wrong
 * with each field, and never blocks the others. Employers named for the first time are
 * added as verified by the platform. Whether imported postings are published at once
 * (the station reviewed them on the platform) or wait for review is the policy's
 * `importPublishes`.
 */
export function importService({ postings, employers, statuses, vault, now, policy, viewer }: ImportDeps) {
  const today = businessDate(now);
  const at = now.toISOString();

  return {
    async importCsv(csv: string, stationIdInput: string | undefined): Promise<ImportAnswer> {
      const stationId = stationOf(viewer, stationIdInput);
      const records = parseCsv(csv);
      if (records.length === 0) throw new AppError('VALIDATION_FAILED', '文件是空的', { csv: '文件是空的' });
      const header = readHeader(records[0].cells);
      if (!header.ok) {
        const message = `表头缺少${header.missing.join('、')}列；表头应为：${CSV_HEADER}`;
        throw new AppError('VALIDATION_FAILED', message, { csv: message });
      }
      const lines = records.slice(1);
      if (lines.length === 0) throw new AppError('VALIDATION_FAILED', '文件只有表头，没有岗位', { csv: '文件只有表头，没有岗位' });
      if (lines.length > policy.importMaxRows) {
        throw new AppError('VALIDATION_FAILED', `一次最多导入${policy.importMaxRows}行，请分批导入`, { csv: `一次最多导入${policy.importMaxRows}行，请分批导入` });
      }

      const employerCache = new Map<string, EmployerTable>();
      async function employerNamed(name: string): Promise<EmployerTable> {
        const cached = employerCache.get(name);
        if (cached) return cached;
        let employer = await employers.forPosting({ stationId: stationId!, name });
        if (!employer) {
          const row: EmployerTable = {
            id: newId('emp'),
            station_id: stationId!,
            name,
            credit_code: '',
            verified: 1,
            verified_at: at,
            contact_name: '',
            contact_phone_enc: null,
            address: '',
            source: 'import',
            created_at: at,
            updated_at: at,
          };
          await employers.insert(row);
          employer = (await employers.byName(stationId!, name))!;
        }
        employerCache.set(name, employer);
        return employer;
      }

      const status = policy.importPublishes ? 'published' : 'pending_review';
      const importedIds: string[] = [];
      const refused: ImportRefusal[] = [];
      const refuse = (line: number, errors: Record<string, string>) => refused.push({ line, errors, message: refusalMessage(line, errors) });

      for (const record of lines) {
        if (record.problem) {
          refuse(record.line, { csv: record.problem });
          continue;
        }
        const parsed = postingFromCsv(record.cells, header.index, today, policy);
        if (!parsed.ok) {
          refuse(record.line, parsed.errors as Record<string, string>);
          continue;
        }
        const employer = await employerNamed(parsed.posting.employerName);
        if (employer.verified !== 1) {
          refuse(record.line, { employer: `${employer.name}尚未通过驿站认证，不能发布岗位` });
          continue;
        }
        const row = postingRow(parsed.posting, {
          id: newId('job'),
          employer: { id: employer.id, name: employer.name, stationId },
          status,
          source: 'import',
          sourceKey: sourceKeyOf(parsed.posting),
          createdBy: viewer.accountId,
          at,
          postedAt: status === 'published' ? at : null,
          seal: vault.encrypt,
          policy,
        });
        if (!(await postings.insertImported(row))) {
          refuse(record.line, { title: '与已导入的岗位重复，未再导入' });
          continue;
        }
        await statuses.record(postingWorkflow, { id: row.id, from: null, to: status, actor: { accountId: viewer.accountId, role: 'station_staff' }, at, note: '省级公共就业服务平台导入' });
        importedIds.push(row.id);
      }
      return { imported: importedIds.length, importedIds, refused, published: policy.importPublishes, reviewNote: jobsSentences.importReview(policy) };
    },
  };
}
