import { AppError } from '../../core/errors';

export interface WechatSettings {
  appId?: string;
  secret?: string;
  apiBase: string;
}

export interface SubscribeMessage {
  openid: string;
  templateId: string;
  page?: string;
  data: Record<string, { value: string }>;
}

export interface WechatApi {
  readonly configured: boolean;
  /** wx.login code → openid (code2Session). */
  codeToOpenid(code: string): Promise<string>;
  /** Resolves with null on success, or the failure reason to record. */
  sendSubscribeMessage(message: SubscribeMessage): Promise<string | null>;
}

interface WechatReply {
  errcode?: number;
  errmsg?: string;
  openid?: string;
  access_token?: string;
  expires_in?: number;
}

/** WeChat's server API, self-hosted flavour (the cloud host gets identity from its context instead). */
export function wechatApi(settings: WechatSettings, fetchImpl: typeof fetch): WechatApi {
  const configured = Boolean(settings.appId && settings.secret);
  let cachedToken: { value: string; until: number } | null = null;

  async function getJson(url: string, init?: RequestInit): Promise<WechatReply> {
    const response = await fetchImpl(url, { ...init, signal: AbortSignal.timeout(5000) });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return (await response.json()) as WechatReply;
  }

  async function accessToken(): Promise<string> {
    if (cachedToken && cachedToken.until > Date.now()) return cachedToken.value;
    const q = new URLSearchParams({ grant_type: 'client_credential', appid: settings.appId!, secret: settings.secret! });
    const reply = await getJson(`${settings.apiBase}/cgi-bin/token?${q}`);
    if (!reply.access_token) throw new Error(`token errcode ${reply.errcode ?? '?'}`);
    // Refresh five minutes early.
    cachedToken = { value: reply.access_token, until: Date.now() + Math.max(0, (reply.expires_in ?? 7200) - 300) * 1000 };
    return cachedToken.value;
  }

  return {
    configured,
    async codeToOpenid(code) {
      if (!configured) throw new AppError('FORBIDDEN', '未配置微信登录');
      const q = new URLSearchParams({ appid: settings.appId!, secret: settings.secret!, js_code: code, grant_type: 'authorization_code' });
      let reply: WechatReply;
      try {
        reply = await getJson(`${settings.apiBase}/sns/jscode2session?${q}`);
      } catch {
        throw new AppError('UPSTREAM_FAILED');
      }
      if (!reply.openid) throw new AppError('UNAUTHENTICATED', '微信登录凭证无效或已过期，请重新登录');
      return reply.openid;
    },
    async sendSubscribeMessage(message) {
      if (!configured) return 'wechat_not_configured';
      try {
        const token = await accessToken();
        const reply = await getJson(`${settings.apiBase}/cgi-bin/message/subscribe/send?access_token=${encodeURIComponent(token)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ touser: message.openid, template_id: message.templateId, page: message.page, data: message.data }),
        });
        if (reply.errcode && reply.errcode !== 0) return `errcode ${reply.errcode}: ${String(reply.errmsg ?? '').slice(0, 120)}`;
        return null;
      } catch (error) {
        return `request failed: ${error instanceof Error ? error.message.slice(0, 120) : 'unknown'}`;
      }
    },
  };
}
