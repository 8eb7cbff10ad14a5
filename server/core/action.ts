import type { Kysely } from 'kysely';
import type { z, ZodTypeAny } from 'zod';
import type { App } from '../app';
import type { Database } from '../db/schema';
import { grantCovers, scopesOf, type RoleGrant, type RoleName } from '../../src/domain/roles';

export type { RoleGrant };

export interface Identity {
  accountId: string;
  roles: RoleGrant[];
}

export interface ActionContext {
  app: App;
  /** The call's transaction for mutations, the plain database otherwise. */
  db: Kysely<Database>;
  identity: Identity | null;
  host: 'http' | 'wechat';
  now: Date;
}

export interface AuthedContext extends ActionContext {
  identity: Identity;
}

interface ActionBase<S extends ZodTypeAny> {
  input: S;
  /** Mutations run in one transaction, honour requestId and count against the rate limit. */
  mutation: boolean;
}

export interface PublicAction<S extends ZodTypeAny> extends ActionBase<S> {
  auth: 'none';
  roles?: undefined;
  handle(input: z.infer<S>, ctx: ActionContext): Promise<unknown>;
}

export interface AuthedAction<S extends ZodTypeAny> extends ActionBase<S> {
  auth: 'required';
  /**
   * Who may call it: the caller must hold one of these roles (every account is a
   * resident). Checked once, in the dispatcher, before the handler runs.
   */
  roles?: readonly RoleName[];
  /** For scoped roles, the hospital/company/canteen… the input acts on: the grant must name it. */
  scope?: (input: z.infer<S>) => string;
  handle(input: z.infer<S>, ctx: AuthedContext): Promise<unknown>;
}

export type ActionDefinition<S extends ZodTypeAny = ZodTypeAny> = PublicAction<S> | AuthedAction<S>;

export type FunctionActions = Record<string, ActionDefinition>;

export const defineAction = <S extends ZodTypeAny>(def: ActionDefinition<S>): ActionDefinition => def as unknown as ActionDefinition;

/** Whether the caller may run the action on this input (roles and scope only; records are checked by services). */
export function mayCall(action: AuthedAction<ZodTypeAny>, identity: Identity, input: unknown): boolean {
  if (!action.roles) return true;
  const scope = action.scope ? action.scope(input) : undefined;
  return action.roles.some((role) => identity.roles.some((grant) => grantCovers(grant, role, scope)));
}

export const hasRole = (identity: Identity, role: RoleName, scope?: string) => identity.roles.some((grant) => grantCovers(grant, role, scope));

export const scopesFor = (identity: Identity, role: RoleName) => scopesOf(identity.roles, role);
