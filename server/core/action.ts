import type { Kysely } from 'kysely';
import type { z, ZodTypeAny } from 'zod';
import type { App } from '../app';
import type { Database } from '../db/schema';

export interface RoleGrant {
  role: string;
  scope: string;
}

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
  handle(input: z.infer<S>, ctx: ActionContext): Promise<unknown>;
}

export interface AuthedAction<S extends ZodTypeAny> extends ActionBase<S> {
  auth: 'required';
  handle(input: z.infer<S>, ctx: AuthedContext): Promise<unknown>;
}

export type ActionDefinition<S extends ZodTypeAny = ZodTypeAny> = PublicAction<S> | AuthedAction<S>;

export type FunctionActions = Record<string, ActionDefinition>;

export const defineAction = <S extends ZodTypeAny>(def: ActionDefinition<S>): ActionDefinition => def as unknown as ActionDefinition;

export const hasRole = (identity: Identity, role: string, scope?: string) =>
  identity.roles.some((r) => r.role === role && (scope === undefined || r.scope === scope || r.scope === ''));
