import type { EmployerView } from '../../../src/domain/jobs/contract';
import { AppError } from '../../core/errors';
import { newId } from '../../core/ids';
import type { Vault } from '../../core/personal-data';
import type { EmployerRepository } from './employer-repository';
import { toEmployerView } from './jobs-views';
import { stationOf, type Viewer } from './posting-access';
import { fieldsOfRow, searchTextOf } from './posting-record';
import type { PostingRepository } from './posting-repository';

export interface EmployerInput {
  id?: string;
  stationId?: string;
  name: string;
  creditCode: string;
  contactName: string;
  contactPhone: string;
  address: string;
  verified: boolean;
}

/**
 * The station's register of employers. Verifying a business (营业执照 seen at the counter)
 * lets it post; withdrawing verification hides its postings from seekers at once. The
 * `employer` role itself is granted by an operator (npm run admin), never by an action.
 */
export function employerService({ employers, postings, vault, now, viewer }: { employers: EmployerRepository; postings: PostingRepository; vault: Vault; now: Date; viewer: Viewer }) {
  const at = now.toISOString();

  async function view(id: string): Promise<EmployerView> {
    const row = (await employers.find(id))!;
    const counts = await employers.postingCounts([id]);
    return toEmployerView(row, counts.get(id) ?? 0, vault);
  }

  return {
    async list(): Promise<EmployerView[]> {
      const rows = await employers.ofStations(viewer.stationIds);
      const counts = await employers.postingCounts(rows.map((r) => r.id));
      return rows.map((r) => toEmployerView(r, counts.get(r.id) ?? 0, vault));
    },

    async save(input: EmployerInput): Promise<EmployerView> {
      if (input.verified && !input.creditCode) throw new AppError('VALIDATION_FAILED', '认证用工单位须填写统一社会信用代码', { creditCode: '认证用工单位须填写统一社会信用代码' });
      const facts = {
        name: input.name,
        credit_code: input.creditCode,
        contact_name: input.contactName,
        contact_phone_enc: vault.encrypt(input.contactPhone),
        address: input.address,
        verified: input.verified ? 1 : 0,
        updated_at: at,
      };
      if (input.id) {
        const existing = await employers.find(input.id);
        if (!existing || !viewer.stationIds.includes(existing.station_id)) throw new AppError('NOT_FOUND', '未找到该用工单位');
        const clash = await employers.byName(existing.station_id, input.name);
        if (clash && clash.id !== existing.id) throw new AppError('CONFLICT', '已有同名的用工单位');
        await employers.update(existing.id, { ...facts, verified_at: input.verified ? existing.verified_at ?? at : null });
        if (existing.name !== input.name) {
          const rows = await postings.ofEmployers([existing.id], 100_000);
          for (const r of rows) await employers.setSearchText(r.id, searchTextOf(fieldsOfRow(r), input.name));
        }
        return view(existing.id);
      }
      const stationId = stationOf(viewer, input.stationId);
      const id = newId('emp');
      const added = await employers.insert({ id, station_id: stationId, source: 'station', created_at: at, verified_at: input.verified ? at : null, ...facts });
      if (!added) throw new AppError('CONFLICT', '已有同名的用工单位');
      return view(id);
    },
  };
}
