import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startApiHost, type ApiHost } from '../support/api-host';
import { AUDIT_ARTIFACTS, measureScreen, shortfalls, summary, THRESHOLDS, writeArtifact, type Mode, type ScreenFigures, type Shortfall } from './support/audit';
import { runAxe, type AxeFinding } from './support/axe';
import { checkH5Build, chromiumAvailable, launchChromium, watchErrors } from './support/browser';
import { AUDIT_ROUTES, prepareRouteFixtures, type RouteFixtures } from './support/routes';
import { presetContext } from './support/session';

/**
 * The 适老化 audit and axe-core on every route of the built H5 app, in normal mode and in
 * 长辈模式, as a resident, as hospital and county staff, and as each service's own staff
 * (heating dispatcher, canteen manager, employer, station staff) on their screens, at 390×844. Figures go to
 * tests/artifacts/a11y/ (audit-<persona>.json, audit.md, a screenshot per screen).
 * Thresholds: see support/audit.ts. axe: no serious or critical WCAG 2.1 A/AA violation.
 */
const describeInBrowser = chromiumAvailable() ? describe : describe.skip;

jest.setTimeout(600_000);

const PERSONAS: string[] = ['resident-1', 'hospital-admin', 'official'];
/** A service's own staff (employer, station staff…), audited on the routes that name them. */
const SERVICE_PERSONAS = [...new Set(AUDIT_ROUTES.flatMap((r) => (r.alsoAuditAs ?? []).map((a) => a.persona)))].filter((p) => !PERSONAS.includes(p));
const ALL_PERSONAS = [...PERSONAS, ...SERVICE_PERSONAS];
const routesFor = (persona: string) => (PERSONAS.includes(persona) ? AUDIT_ROUTES : AUDIT_ROUTES.filter((r) => r.alsoAuditAs?.some((a) => a.persona === persona)));
/** The words a persona must see on a route, so an error page is never audited in the real screen's place. */
const mustSee = (route: (typeof AUDIT_ROUTES)[number], persona: string) =>
  route.alsoAuditAs?.find((a) => a.persona === persona)?.sees ?? (persona === 'resident-1' ? route.residentSees : undefined);
const MODES: Mode[] = ['normal', 'senior'];
/** Browser contexts auditing at once (AUDIT_CONTEXTS=1 for one at a time). */
const AUDIT_CONTEXTS = Math.max(1, Number(process.env.AUDIT_CONTEXTS ?? 3));

interface Screen {
  route: string;
  text: string;
  url: string;
  persona: string;
  mode: Mode;
  figures: ScreenFigures;
  shortfalls: Shortfall[];
  axe: AxeFinding[];
  errors: string[];
}

/** Loads a route fresh (a new document, as a link opens it) and waits until it has settled. */
async function openFresh(page: Page, baseUrl: string, url: string, n: number): Promise<void> {
  await page.goto(`${baseUrl}/?load=${n}#${url}`, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  await page.locator('.taro_page').filter({ visible: true }).last().locator('.page').waitFor();
  // Nothing still loading, and Taro's page slide-in over.
  await page.waitForFunction(() => !Array.from(document.querySelectorAll('[role="status"]')).some((el) => el.getBoundingClientRect().height > 0));
  await page.waitForTimeout(350);
}

describeInBrowser('适老化 audit and axe on every route, both modes', () => {
  let host: ApiHost;
  let browser: Browser;
  let fixtures: RouteFixtures;
  const screens: Screen[] = [];

  beforeAll(async () => {
    // Several contexts read at once as one persona's account: the read limit (its own tests) is off here.
    [host, browser] = await Promise.all([startApiHost('sqlite', { env: { RATE_LIMIT_READS: '0' } }), launchChromium()]);
    checkH5Build(host.app.config.h5Dir);
    fixtures = await prepareRouteFixtures(host);
    fs.rmSync(AUDIT_ARTIFACTS, { recursive: true, force: true });
    let n = 0;
    // One persona in one mode per browser context, AUDIT_CONTEXTS of them at once: one context
    // leaves the two cores idle while its page settles (network idle, the slide-in); three keep
    // them busy (542 s → about 350 s here). Screens read the same either way; the order is restored below.
    const runs = MODES.flatMap((mode) => ALL_PERSONAS.map((persona) => ({ persona, mode })));
    const auditRun = async ({ persona, mode }: { persona: string; mode: Mode }) => {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
      await presetContext(context, host, { persona, senior: mode === 'senior' });
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      const errors = watchErrors(page);
      for (const route of routesFor(persona)) {
        const url = route.url(fixtures);
        errors.length = 0;
        await openFresh(page, host.baseUrl, url, ++n);
        const figures = await measureScreen(page);
        const text = await page.locator('.taro_page').filter({ visible: true }).last().innerText();
        const axe = await runAxe(page);
        const shot = path.join(AUDIT_ARTIFACTS, persona, mode, `${route.name}.png`);
        fs.mkdirSync(path.dirname(shot), { recursive: true });
        await page.screenshot({ path: shot, fullPage: true });
        // A refusal the screen shows (another person's booking: 404) is an answer, not a page error.
        const pageErrors = errors.filter((e) => !/Failed to load resource: the server responded with a status of 4\d\d/.test(e));
        screens.push({ route: route.name, text, url, persona, mode, figures, shortfalls: shortfalls(figures, mode), axe, errors: pageErrors });
      }
      await context.close();
    };
    let next = 0;
    await Promise.all(
      Array.from({ length: AUDIT_CONTEXTS }, async () => {
        while (next < runs.length) await auditRun(runs[next++]);
      }),
    );
    const order = (s: Screen) => [ALL_PERSONAS.indexOf(s.persona), MODES.indexOf(s.mode), AUDIT_ROUTES.findIndex((r) => r.name === s.route)];
    screens.sort((a, b) => {
      const [x, y] = [order(a), order(b)];
      return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
    });
    for (const persona of ALL_PERSONAS) {
      writeArtifact(
        `audit-${persona}.json`,
        screens.filter((s) => s.persona === persona).map(({ route, url, mode, figures, shortfalls: short, axe, errors }) => ({ route, url, mode, summary: summary(figures), shortfalls: short, axe, errors })),
      );
    }
    const rows = screens.map((s) => {
      const f = summary(s.figures);
      return `| ${s.persona} | ${s.mode} | ${s.route} | ${f.smallestText?.size ?? '–'} | ${f.smallestKeyFigure?.size ?? '–'} | ${f.smallestTarget ? Math.min(f.smallestTarget.width, f.smallestTarget.height) : '–'} | ${f.titleBarButton ? Math.min(f.titleBarButton.width, f.titleBarButton.height) : '–'} | ${f.lowestContrast?.ratio ?? '–'} | ${s.shortfalls.length} | ${s.axe.filter((v) => v.impact === 'serious' || v.impact === 'critical').length} |`;
    });
    writeArtifact(
      'audit.md',
      [
        '# 适老化 audit (390×844)',
        '',
        `Floors: normal ${JSON.stringify(THRESHOLDS.normal)}; senior ${JSON.stringify(THRESHOLDS.senior)}`,
        '',
        '| persona | mode | route | smallest text px | smallest key figure px | smallest target px | back/home px | lowest contrast | shortfalls | axe serious+critical |',
        '|---|---|---|---|---|---|---|---|---|---|',
        ...rows,
        '',
      ].join('\n'),
    );
  });

  afterAll(async () => {
    await browser?.close();
    await host?.close();
  });

  it('lists every page of app.config.ts, so a new service’s pages are audited too', () => {
    const config = fs.readFileSync(path.resolve(__dirname, '../../src/app.config.ts'), 'utf8');
    const main = /pages:\s*\[([^\]]*)\]/.exec(config)?.[1] ?? '';
    const pages = [...main.matchAll(/'([^']+)'/g)].map((m) => m[1]);
    for (const sub of config.matchAll(/root:\s*'([^']+)',\s*pages:\s*\[([^\]]*)\]/g)) {
      for (const page of sub[2].matchAll(/'([^']+)'/g)) pages.push(`${sub[1]}/${page[1]}`);
    }
    expect(pages.length).toBeGreaterThan(10);
    const audited = new Set(AUDIT_ROUTES.map((r) => r.page));
    expect(pages.filter((p) => !audited.has(p))).toEqual([]);
  });

  describe.each(ALL_PERSONAS)('as %s', (persona) => {
    describe.each(MODES)('in %s mode', (mode) => {
      it.each(routesFor(persona).map((r) => r.name))('%s meets the floors for text, key figures, targets, back button and contrast', (name) => {
        const screen = screens.find((s) => s.persona === persona && s.mode === mode && s.route === name);
        expect(screen).toBeDefined();
        // A screen that measured nothing measured wrongly: at least the title and one line of the page.
        expect(screen!.figures.texts.length).toBeGreaterThanOrEqual(2);
        expect(screen!.figures.targets.length).toBeGreaterThan(0);
        const sees = mustSee(AUDIT_ROUTES.find((r) => r.name === name)!, persona);
        if (sees) expect(screen!.text).toContain(sees);
        expect(screen!.shortfalls).toEqual([]);
        expect(screen!.errors).toEqual([]);
      });

      it.each(routesFor(persona).map((r) => r.name))('%s has no serious or critical axe violation', (name) => {
        const screen = screens.find((s) => s.persona === persona && s.mode === mode && s.route === name);
        expect(screen).toBeDefined();
        expect(screen!.axe.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
      });
    });
  });
});
