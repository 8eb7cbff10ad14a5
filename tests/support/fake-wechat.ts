import http from 'node:http';
import { listen } from '../../server/host/http-host';

/**
 * Stands in for api.weixin.qq.com on loopback: the real network is out of reach here,
 * and the WeChat client must be exercised over real HTTP.
 */
export interface FakeWechat {
  baseUrl: string;
  sent: Array<{ touser: string; template_id: string; data: Record<string, { value: string }> }>;
  /** code → openid accepted by jscode2session. */
  codes: Map<string, string>;
  failSendsWith: { errcode: number; errmsg: string } | null;
  close(): Promise<void>;
}

export async function startFakeWechat(): Promise<FakeWechat> {
  const fake: Omit<FakeWechat, 'baseUrl' | 'close'> = { sent: [], codes: new Map(), failSendsWith: null };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const reply = (body: object) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (url.pathname === '/sns/jscode2session') {
      const openid = fake.codes.get(url.searchParams.get('js_code') ?? '');
      return reply(openid ? { openid, session_key: 'k' } : { errcode: 40029, errmsg: 'invalid code' });
    }
    if (url.pathname === '/cgi-bin/token') return reply({ access_token: 'fake-token', expires_in: 7200 });
    if (url.pathname === '/cgi-bin/message/subscribe/send') {
      let raw = '';
      req.on('data', (c) => (raw += c));
      req.on('end', () => {
        if (fake.failSendsWith) return reply(fake.failSendsWith);
        fake.sent.push(JSON.parse(raw));
        reply({ errcode: 0, errmsg: 'ok' });
      });
      return;
    }
    res.writeHead(404);
    res.end();
  });
  const address = await listen(server, 0, '127.0.0.1');
  return Object.assign(fake, {
    baseUrl: `http://127.0.0.1:${address.port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}
