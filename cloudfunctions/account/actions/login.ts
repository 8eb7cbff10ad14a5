import { z } from 'zod';
import { defineAction } from '../../../server/core/action';
import { AppError } from '../../../server/core/errors';
import { accountRepository } from '../../../server/features/account/account-repository';
import { sessionFor } from './session';

/** Self-hosted WeChat login: a wx.login code exchanged through code2Session. */
export const login = defineAction({
  input: z.object({ code: z.string().min(1).max(128) }).strict(),
  auth: 'none',
  mutation: true,
  handle: async ({ code }, { app, db, now }) => {
    if (!app.wechat.configured) throw new AppError('FORBIDDEN', '本服务未配置微信登录');
    const openid = await app.wechat.codeToOpenid(code);
    const account = await accountRepository(db).findOrCreate(openid, now);
    return sessionFor(app, db, account.id, now);
  },
});
