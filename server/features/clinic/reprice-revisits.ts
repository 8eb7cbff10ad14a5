import { monthDay } from '../../../src/domain/date-wording';
import { formatYuan } from '../../../src/domain/money';
import { newId } from '../../core/ids';
import type { Outbox } from '../messages/outbox';
import type { ClinicRepository } from './clinic-repository';

const REASONS = { anchor_cancelled: '首诊挂号已取消', anchor_noshow: '首诊未按时就诊' } as const;

/**
 * When an anchor is cancelled or missed, its free revisits lose their reason to be free:
 * each is charged the full fee, audited, and its patient told. The caller holds the
 * person lock, so a revisit booked at the same moment is either seen here or refused.
 */
export async function repriceRevisitsOf(
  deps: { clinic: ClinicRepository; outbox: Outbox; now: Date },
  anchor: { id: string },
  cause: keyof typeof REASONS,
  actor: { accountId: string | null; role: string },
): Promise<number> {
  const { clinic, outbox, now } = deps;
  const at = now.toISOString();
  let charged = 0;
  for (const revisit of await clinic.activeWaivedRevisitsOf(anchor.id)) {
    if (!(await clinic.chargeFull(revisit.id, at))) continue;
    charged += 1;
    const fullFee = revisit.registration_fee + revisit.consultation_fee;
    await clinic.audit({
      id: newId('aud'),
      registration_id: revisit.id,
      actor_account_id: actor.accountId,
      event: `reprice_${cause}`,
      from_status: revisit.status,
      to_status: revisit.status,
      from_fee: revisit.fee,
      to_fee: fullFee,
      reason: REASONS[cause],
      created_at: at,
    });
    await outbox.enqueue({
      accountId: revisit.account_id,
      kind: 'clinic_repriced',
      title: '复诊挂号已恢复收费',
      body: `${monthDay(revisit.visit_date)}的复诊挂号：${REASONS[cause]}，不再享受免费复诊，需支付${formatYuan(fullFee)}。`,
      page: '/packages/clinic/pages/mine/index',
      now,
    });
  }
  return charged;
}
