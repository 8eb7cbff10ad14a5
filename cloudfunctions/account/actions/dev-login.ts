import { z } from 'zod';
import { defineAction } from '../../../server/core/action';
import { AppError } from '../../../server/core/errors';
import { accountRepository } from '../../../server/features/account/account-repository';
import { PERSONAS, personaOpenid } from '../../../server/features/account/personas';
import { sessionFor } from './session';

const PERSONA_NAMES = PERSONAS.map((p) => p.persona) as [string, ...string[]];

/** Development only: log in as a seeded persona, or as a fresh resident by a made-up openid. */
export const devLogin = defineAction({
  input: z.union([
    z.object({ persona: z.enum(PERSONA_NAMES) }).strict(),
    z.object({ openid: z.string().regex(/^[A-Za-z0-9_-]{6,64}$/, 'openid 为6-64位字母、数字、下划线或短横线') }).strict(),
  ]),
  auth: 'none',
  mutation: true,
  handle: async (input, { app, db, host, now }) => {
    if (!app.config.devLogin || host !== 'http') throw new AppError('FORBIDDEN', '开发登录未开启');
    const accounts = accountRepository(db);
    if ('persona' in input) {
      const account = await accounts.findByOpenid(personaOpenid(input.persona));
      if (!account) throw new AppError('NOT_FOUND', '测试身份尚未初始化，请运行 npm run seed');
      return sessionFor(app, db, account.id, now);
    }
    const account = await accounts.findOrCreate(`dev:${input.openid}`, now);
    return sessionFor(app, db, account.id, now);
  },
});
