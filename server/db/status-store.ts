import type { Kysely } from 'kysely';
import type { TimelineEntry, Workflow } from '../../src/domain/workflow';
import { randomToken } from '../core/ids';
import type { Database } from './schema';

let sequence = 0;

/**
 * Timeline ids sort in the order the moves were written: the time, then a counter for moves
 * in the same millisecond (one call may write several), then randomness.
 */
function eventId(at: string): string {
  sequence = (sequence + 1) % 36 ** 3;
  return `evt_${new Date(at).getTime().toString(36).padStart(9, '0')}${sequence.toString(36).padStart(3, '0')}${randomToken(6)}`;
}

/** Tables whose rows move through a workflow: `id`, `status` and `updated_at` columns. */
type StatusTable = {
  [T in keyof Database]: Database[T] extends { id: string; status: string; updated_at: string } ? T : never;
}[keyof Database];

export interface Move<S extends string> {
  table: StatusTable;
  id: string;
  from: S;
  to: S;
  actor: { accountId: string | null; role: string };
  at: string;
  note?: string | null;
  /** Other columns that change with the status (e.g. measured temperature), same statement. */
  changes?: Record<string, unknown>;
}

/**
 * Moves one record from the status it was read in to the next, if the workflow allows
 * it, as one conditional statement (`… WHERE status = from`): of two racing moves exactly
 * one changes the row. Only then is the timeline entry written. Returns false when the row
 * was no longer in `from` (the caller answers CONFLICT or re-reads).
 */
export async function moveStatus<S extends string>(db: Kysely<Database>, workflow: Workflow<S>, move: Move<S>): Promise<boolean> {
  workflow.assertTransition(move.from, move.to);
  const result = await (db as Kysely<any>) // eslint-disable-line @typescript-eslint/no-explicit-any -- one statement for every status table
    .updateTable(move.table)
    .set({ ...move.changes, status: move.to, updated_at: move.at })
    .where('id', '=', move.id)
    .where('status', '=', move.from)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return false;
  await recordStatusEvent(db, workflow.name, move);
  return true;
}

/** Writes a timeline entry for a record created in (or moved to) a status. */
export async function recordStatusEvent<S extends string>(
  db: Kysely<Database>,
  subject: string,
  move: { id: string; from: S | null; to: S; actor: { accountId: string | null; role: string }; at: string; note?: string | null },
): Promise<void> {
  await db
    .insertInto('status_events')
    .values({
      id: eventId(move.at),
      subject,
      subject_id: move.id,
      from_status: move.from,
      to_status: move.to,
      actor_account_id: move.actor.accountId,
      actor_role: move.actor.role,
      note: move.note ?? null,
      at: move.at,
    })
    .execute();
}

/** The timelines of some records of one workflow, oldest entry first, keyed by record id. */
export async function timelinesOf<S extends string>(db: Kysely<Database>, workflow: Workflow<S>, ids: string[]): Promise<Map<string, TimelineEntry[]>> {
  const byId = new Map<string, TimelineEntry[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return byId;
  const rows = await db
    .selectFrom('status_events')
    .select(['subject_id', 'from_status', 'to_status', 'actor_role', 'note', 'at'])
    .where('subject', '=', workflow.name)
    .where('subject_id', 'in', ids)
    .orderBy('at')
    .orderBy('id')
    .execute();
  for (const r of rows) {
    if (!workflow.isStatus(r.to_status)) continue;
    byId.get(r.subject_id)?.push(workflow.entry({ from: r.from_status as S | null, to: r.to_status, at: r.at, role: r.actor_role, note: r.note }));
  }
  return byId;
}

/** The status store of one call's transaction, for services that receive their repositories. */
export function statusStore(db: Kysely<Database>) {
  return {
    move: <S extends string>(workflow: Workflow<S>, move: Move<S>) => moveStatus(db, workflow, move),
    record: <S extends string>(workflow: Workflow<S>, event: { id: string; from: S | null; to: S; actor: { accountId: string | null; role: string }; at: string; note?: string | null }) =>
      recordStatusEvent(db, workflow.name, event),
    timelines: <S extends string>(workflow: Workflow<S>, ids: string[]) => timelinesOf(db, workflow, ids),
  };
}

export type StatusStore = ReturnType<typeof statusStore>;
