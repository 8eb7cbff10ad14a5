import { z } from 'zod';
import { defineAction } from '../../../server/core/action';
import { PERSONAS } from '../../../server/features/account/personas';

/** What the login screen may offer on this host. */
export const loginOptions = defineAction({
  input: z.object({}).strict(),
  auth: 'none',
  mutation: false,
  handle: async (_input, { app, host }) => ({
    devLogin: app.config.devLogin && host === 'http',
    wechatLogin: host === 'wechat' || app.wechat.configured,
    personas: app.config.devLogin && host === 'http' ? PERSONAS.map((p) => ({ persona: p.persona, label: p.displayName })) : [],
    subscribeTemplates: app.config.wechat.templates,
  }),
});
