import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { schedulerMain } from '../../server/host/scheduler-main';
import { runDueJobs } from '../../server/jobs/run-jobs';
import { availableEngines } from '../support/engines';
import { startApiHost, type ApiHost } from '../support/api-host';
import { freshIdNumber } from '../support/fixtures';

jest.setTimeout(120_000);

describe.each(availableEngines())('scheduled jobs, on %s', (engine) => {
  let host: ApiHost;
  beforeAll(async () => {
    host = await startApiHost(engine, { now: '2026-11-29T02:00:00Z' });
  });
  afterAll(async () => {
    await host?.close();
  });

  it('runs every due job once as of a time, and a second run at that time changes nothing', async () => {
    const at = new Date('2026-11-29T02:00:00Z');
    const first = await runDueJobs(host.app, at);
    expect(first.map((r) => r.name)).toEqual(expect.arrayContaining(['deliver-messages', 'expire-idempotency-keys', 'clinic-demo-schedules']));
    expect(first.every((r) => r.ran)).toBe(true);
    const again = await runDueJobs(host.app, at, { all: true });
    expect(again.every((r) => r.changed === 0)).toBe(true);
    const notDue = await runDueJobs(host.app, new Date(at.getTime() + 30_000));
    expect(notDue.every((r) => !r.ran)).toBe(true);
  });

  it('records each message the sender skipped, with the reason, instead of dropping it', async () => {
    const token = await host.login('resident-2');
    const added = await host.call('account', 'addMember', { name: '李小东', idNumber: freshIdNumber(2015), phone: '13800000000', relation: 'child' }, { token });
    expect(added.body.ok).toBe(true);
    const later = new Date('2026-11-29T02:05:00Z');
    await runDueJobs(host.app, later);
    const rows = await host.app.db.selectFrom('messages').select(['kind', 'delivery_status', 'send_fail_reason']).where('kind', '=', 'member_added').execute();
    expect(rows.length).toBeGreaterThan(0);
    // No subscribe template is configured here: every notice stays in 我的消息, and says why it was not sent.
    expect(rows.map((r) => [r.delivery_status, r.send_fail_reason])).toEqual(rows.map(() => ['skipped', 'no_template']));
  });

  it('forgets stored request answers after their time to live, and keeps fresh ones', async () => {
    await host.app.db
      .insertInto('idempotency_keys')
      .values([
        { account_id: 'acc_x', request_id: 'old-request-1', fn: 'clinic', action: 'book', response: '{}', created_at: '2026-11-27T00:00:00.000Z' },
        { account_id: 'acc_x', request_id: 'new-request-1', fn: 'clinic', action: 'book', response: '{}', created_at: '2026-11-29T01:00:00.000Z' },
      ])
      .execute();
    await runDueJobs(host.app, new Date('2026-11-29T03:10:00Z'), { all: true });
    const left = await host.app.db.selectFrom('idempotency_keys').select('request_id').where('account_id', '=', 'acc_x').execute();
    expect(left.map((r) => r.request_id)).toEqual(['new-request-1']);
  });

  it('answers only the timer trigger in the scheduler cloud function', async () => {
    const main = schedulerMain({ app: async () => host.app });
    expect(await main({ Type: 'Call' })).toEqual({ ok: false });
    const triggered = await main({ Type: 'Timer', TriggerName: 'everyMinute' });
    expect(triggered.ok).toBe(true);
    expect(triggered.jobs?.map((j) => j.name)).toContain('deliver-messages');
  });
});

describe('npm run jobs', () => {
  it('runs the due jobs as of --at and reports each', () => {
    const root = path.resolve(__dirname, '../..');
    const dataDir = require('node:fs').mkdtempSync(path.join(require('node:os').tmpdir(), 'nmx-jobs-'));
    const run = () => spawnSync('npx', ['tsx', 'server/cli/jobs.ts', '--at', '2026-12-01T08:00:00+08:00'], { cwd: root, env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' }, encoding: 'utf8' });
    const first = run();
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/deliver-messages: ran/);
    const second = run();
    expect(second.stdout).toMatch(/deliver-messages: not due/);
    const bad = spawnSync('npx', ['tsx', 'server/cli/jobs.ts', '--at', 'yesterday'], { cwd: root, env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' }, encoding: 'utf8' });
    expect(bad.status).toBe(2);
  });
});
