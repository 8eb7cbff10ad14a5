import { z } from 'zod';
import type { App } from '../app';
import { resolveOpenid, resolveToken } from '../features/account/identity';
import type { ActionContext, ActionDefinition, Identity } from './action';
import { failure, success, type Envelope } from './envelope';
import { AppError } from './errors';
import { claimRequest, recordResponse } from './idempotency';
import { fieldErrorsFrom } from './validation';

const callSchema = z
  .object({
    action: z.string().min(1).max(64),
    data: z.record(z.unknown()).optional(),
    requestId: z
      .string()
      .min(8)
      .max(64)
      .regex(/^[A-Za-z0-9_-]+$/, 'requestId 只能包含字母、数字、下划线和短横线')
      .optional(),
  })
  .strict();

/** Where the caller's identity comes from: a session token (HTTP) or WeChat's context (cloud). */
export type CallerSource = { kind: 'token'; token?: string } | { kind: 'wechat'; openid?: string };

export interface CallOutcome {
  envelope: Envelope;
  replay: boolean;
}

async function identify(app: App, source: CallerSource, now: Date): Promise<Identity | null> {
  if (source.kind === 'wechat') return source.openid ? resolveOpenid(app, source.openid, now) : null;
  if (!source.token) return null;
  const identity = await resolveToken(app, source.token, now);
  // A token that is present but bad is an error, not an anonymous call.
  if (!identity) throw new AppError('UNAUTHENTICATED', '登录已过期，请重新登录');
  return identity;
}

async function run(
  app: App,
  fn: string,
  name: string,
  action: ActionDefinition,
  input: unknown,
  identity: Identity | null,
  source: CallerSource,
  requestId: string | undefined,
  now: Date,
): Promise<CallOutcome> {
  const host = source.kind === 'wechat' ? 'wechat' : 'http';
  const invoke = (ctx: ActionContext) =>
    action.auth === 'required' ? action.handle(input, { ...ctx, identity: identity! }) : action.handle(input, ctx);

  if (!action.mutation) {
    return { envelope: success(await invoke({ app, db: app.db, identity, host, now })), replay: false };
  }
  return app.db.transaction().execute(async (trx) => {
    if (identity && requestId) {
      const earlier = await claimRequest(trx, { accountId: identity.accountId, requestId, fn, action: name, now });
      if (earlier) return { envelope: earlier, replay: true };
    }
    const envelope = success(await invoke({ app, db: trx, identity, host, now }));
    if (identity && requestId) await recordResponse(trx, { accountId: identity.accountId, requestId, envelope });
    return { envelope, replay: false };
  });
}

/** Validates, authenticates, limits, runs and logs one call; never throws. */
export async function dispatch(app: App, fn: string, body: unknown, source: CallerSource): Promise<CallOutcome> {
  const started = process.hrtime.bigint();
  const host = source.kind === 'wechat' ? 'wechat' : 'http';
  let actionName = '-';
  let outcome: CallOutcome;
  try {
    outcome = await dispatchUnlogged(app, fn, body, source, (name) => {
      actionName = name;
    });
  } catch (error) {
    if (error instanceof AppError) {
      outcome = { envelope: failure(String(error.code), error.message, error.fields), replay: false };
    } else {
      app.logger.error('unhandled', { fn, action: actionName, kind: error instanceof Error ? error.name : typeof error });
      outcome = { envelope: failure('INTERNAL', '系统繁忙，请稍后再试'), replay: false };
    }
  }
  const code = outcome.envelope.ok ? 'OK' : outcome.envelope.error.code;
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  app.logger.call({ fn, action: actionName, code, ms: Math.round(ms * 10) / 10, host, ...(outcome.replay ? { replay: true } : {}) });
  return outcome;
}

async function dispatchUnlogged(
  app: App,
  fn: string,
  body: unknown,
  source: CallerSource,
  named: (action: string) => void,
): Promise<CallOutcome> {
  const actions = Object.prototype.hasOwnProperty.call(app.functions, fn) ? app.functions[fn] : undefined;
  if (!actions) throw new AppError('UNKNOWN_FUNCTION', `服务 ${fn.slice(0, 32)} 不存在`);
  const call = callSchema.safeParse(body);
  if (!call.success) throw new AppError('VALIDATION_FAILED', '请求格式不正确', fieldErrorsFrom(call.error));
  const { action: name, data = {}, requestId } = call.data;
  const action = Object.prototype.hasOwnProperty.call(actions, name) ? actions[name] : undefined;
  if (!action) throw new AppError('UNKNOWN_ACTION', `操作 ${name.slice(0, 32)} 不存在`);
  named(name);

  const now = app.clock.now();
  const identity = await identify(app, source, now);
  if (action.auth === 'required' && !identity) throw new AppError('UNAUTHENTICATED');

  const parsed = action.input.safeParse(data);
  if (!parsed.success) throw new AppError('VALIDATION_FAILED', undefined, fieldErrorsFrom(parsed.error));

  if (action.mutation && identity && !app.rateLimiter.tryTake(identity.accountId, now)) {
    throw new AppError('RATE_LIMITED');
  }
  return run(app, fn, name, action, parsed.data, identity, source, requestId, now);
}
