import type { Kysely } from 'kysely';
import { chineseMonthDay } from '../../../src/domain/business-date';
import { formatYuan } from '../../../src/domain/money';
import { newId } from '../../core/ids';
import type { Database } from '../../db/schema';
import { enqueueMessage } from '../messages/outbox';
import { clinicRepository } from './clinic-repository';

/**
 * When an anchor is cancelled or missed, its free revisits lose their reason to be free:
 * each is charged the full fee, audited, and its patient told.
 */
export async function repriceRevisitsOf(
  db: Kysely<Database>,
  anchor: { id: string; visit_date: string },
  cause: 'anchor_cancelled' | 'anchor_noshow',
  actorAccountId: string | null,
  now: Date,
): Promise<number> {
  const repo = clinicRepository(db);
  const at = now.toISOString();
  const revisits = await repo.activeWaivedRevisitsOf(anchor.id);
  for (const revisit of revisits) {
    const fullFee = revisit.registration_fee + revisit.consultation_fee;
    await repo.chargeFull(revisit.id, at);
    await repo.audit({
      id: newId('aud'),
      registration_id: revisit.id,
      actor_account_id: actorAccountId,
      event: `reprice_${cause}`,
      from_status: revisit.status,
      to_status: revisit.status,
      from_fee: revisit.fee,
      to_fee: fullFee,
      reason: cause === 'anchor_cancelled' ? '首诊挂号已取消' : '首诊未按时就诊',
      created_at: at,
    });
    await enqueueMessage(db, {
      accountId: revisit.account_id,
      kind: 'clinic_repriced',
      title: '复诊挂号已恢复收费',
      body: `${chineseMonthDay(revisit.visit_date)}的复诊挂号：${cause === 'anchor_cancelled' ? '首诊挂号已取消' : '首诊未按时就诊'}，不再享受免费复诊，需支付${formatYuan(fullFee)}。`,
      page: '/packages/clinic/pages/mine/index',
      now,
    });
  }
  return revisits.length;
}
