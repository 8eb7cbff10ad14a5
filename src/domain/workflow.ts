import { DomainError } from './domain-error';

/**
 * A status machine: one table of statuses (label, open/active) and of the moves allowed
 * from each. Every service states its lifecycle this way, so the type, the checks, the
 * labels, the buttons a screen offers and the server's refusals all come from one place.
 */
export type Tone = 'neutral' | 'progress' | 'good' | 'warn' | 'bad';

export interface StatusInfo {
  /** What residents read: 待就诊, 已受理… */
  label: string;
  /** Still waiting for something to happen (not finished, not refused). */
  open: boolean;
  /** Counts as a live record for limits and figures. Defaults to `open`. */
  active?: boolean;
  tone: Tone;
}

/** Who moved a record and why: one line of its timeline. */
export interface TimelineEntry {
  from: string | null;
  status: string;
  statusLabel: string;
  at: string;
  /** The mover's role ('resident', 'heating_dispatcher', 'system'…), never their identity. */
  role: string;
  note: string | null;
}

export interface WorkflowDefinition<S extends string> {
  name: string;
  statuses: Record<S, StatusInfo>;
  transitions: Record<NoInfer<S>, readonly NoInfer<S>[]>;
  /** The refusal code for a move the table does not allow (ILLEGAL_TRANSITION unless a contract says otherwise). */
  illegalCode?: string;
}

export interface Workflow<S extends string> {
  readonly name: string;
  readonly statuses: readonly S[];
  isStatus(value: string): value is S;
  label(status: S): string;
  tone(status: S): Tone;
  isOpen(status: S): boolean;
  isActive(status: S): boolean;
  canTransition(from: S, to: S): boolean;
  nextStatuses(from: S): readonly S[];
  /** Throws the workflow's refusal (409) when the table does not allow the move. */
  assertTransition(from: S, to: S, message?: string): void;
  entry(move: { from: S | null; to: S; at: string; role: string; note?: string | null }): TimelineEntry;
}

export function defineWorkflow<S extends string>(definition: WorkflowDefinition<S>): Workflow<S> {
  const statuses = Object.keys(definition.statuses) as S[];
  const info = (s: S) => definition.statuses[s];
  const code = definition.illegalCode ?? 'ILLEGAL_TRANSITION';
  const workflow: Workflow<S> = {
    name: definition.name,
    statuses,
    isStatus: (value): value is S => Object.prototype.hasOwnProperty.call(definition.statuses, value),
    label: (s) => info(s).label,
    tone: (s) => info(s).tone,
    isOpen: (s) => info(s).open,
    isActive: (s) => info(s).active ?? info(s).open,
    canTransition: (from, to) => definition.transitions[from].includes(to),
    nextStatuses: (from) => definition.transitions[from],
    assertTransition(from, to, message) {
      if (!workflow.canTransition(from, to)) {
        throw new DomainError(code, message ?? `当前状态（${info(from).label}）不能变为${info(to).label}`, 409);
      }
    },
    entry: ({ from, to, at, role, note = null }) => ({ from, status: to, statusLabel: info(to).label, at, role, note: note ?? null }),
  };
  return workflow;
}
