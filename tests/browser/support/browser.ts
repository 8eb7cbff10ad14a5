import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';

/**
 * Real-browser support: the Debian Chromium binary (or CHROMIUM_PATH), a phone-sized
 * context, screenshots under tests/artifacts/browser/<engine>/, and what-a-person-sees
 * measurements (computed styles, bounding boxes).
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Chosen at load time: with Chromium present the suite runs; without it the suite is
 * skipped loudly, and with CI=true the load fails so the run cannot pass silently.
 */
export function chromiumAvailable(): boolean {
  if (fs.existsSync(CHROMIUM_PATH)) return true;
  const install = 'apt-get install chromium fonts-noto-cjk, or set CHROMIUM_PATH';
  if (process.env.CI === 'true') {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: the browser suite cannot run and CI=true requires it (${install})`);
  }
  const message = `Chromium not found at ${CHROMIUM_PATH}: browser suite SKIPPED (apt-get install chromium fonts-noto-cjk)`;
  if (!(globalThis as Record<string, unknown>).__chromiumSkipWarned) {
    (globalThis as Record<string, unknown>).__chromiumSkipWarned = true;
    console.warn(`\n*** ${message} ***\n`);
  }
  return false;
}

/**
 * The suite drives the built app: fail clearly when dist/h5 is missing, and warn when
 * app sources are newer than the build (the run would test yesterday's app).
 */
export function checkH5Build(h5Dir: string): void {
  const index = path.join(h5Dir, 'index.html');
  if (!fs.existsSync(index)) {
    throw new Error(`No H5 build at ${h5Dir}: run \`npm run build:h5\` first`);
  }
  const builtAt = fs.statSync(index).mtimeMs;
  const srcDir = path.resolve(__dirname, '../../../src');
  const newer = (fs.readdirSync(srcDir, { recursive: true }) as string[])
    .filter((file) => /\.(tsx?|scss)$/.test(file) && !/\.test\.tsx?$/.test(file))
    .filter((file) => fs.statSync(path.join(srcDir, file)).mtimeMs > builtAt);
  if (newer.length > 0) {
    console.warn(`\n*** dist/h5 is older than ${newer.length} source file(s) (e.g. src/${newer[0]}): rebuild with \`npm run build:h5\` ***\n`);
  }
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** A 375×812 phone at 2× with Chinese locale; each context has its own storage. */
export function newPhoneContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({
    viewport: { width: 375, height: 812 },
    deviceScaleFactor: 2,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
}

/** Uncaught page errors and console errors seen by a page, to assert none at the end. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
  });
  return errors;
}

const ARTIFACTS_ROOT = path.resolve(__dirname, '../../artifacts/browser');

/** Numbered screenshots per engine: tests/artifacts/browser/<engine>/NN-step-name.png. */
export function screenshotter(engine: string) {
  const dir = path.join(ARTIFACTS_ROOT, engine);
  let fresh = false;
  return async (page: Page, step: number, name: string): Promise<string> => {
    if (!fresh) {
      // Last run's pictures go on the first new one, so a skipped run leaves them be.
      fs.rmSync(dir, { recursive: true, force: true });
      fs.mkdirSync(dir, { recursive: true });
      fresh = true;
    }
    const file = path.join(dir, `${String(step).padStart(2, '0')}-${name}.png`);
    // A toast (登录成功, 已保存) fades by itself: let it go so the picture shows the page.
    // (Its box is zero-sized with fixed children, so ask for its display, not visibility.)
    await page.waitForFunction(() =>
      Array.from(document.querySelectorAll('.taro__toast')).every((toast) => getComputedStyle(toast).display === 'none'),
    );
    // Switches and slides are shown at rest, not mid-transition.
    await page.screenshot({ path: file, animations: 'disabled' });
    return file;
  };
}

/** Computed font-size in CSS px of the first visible match. */
export async function fontSizePx(locator: Locator): Promise<number> {
  return locator.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
}

/** The visible page: Taro keeps earlier pages in the DOM, hidden. */
export function currentPage(page: Page): Locator {
  return page.locator('.taro_page.taro_page_show:not([style*="display: none"])').last();
}

/** Largest width and height among the visible elements of a selector inside a scope. */
export async function tappableBoxes(scope: Locator, selector: string): Promise<Array<{ width: number; height: number }>> {
  return scope.locator(selector).evaluateAll((els) =>
    els
      .map((el) => el.getBoundingClientRect())
      .filter((r) => r.width > 0 && r.height > 0)
      .map((r) => ({ width: r.width, height: r.height })),
  );
}

export interface LabelContrast {
  label: string;
  color: string;
  background: string;
  ratio: number;
}

/**
 * WCAG contrast of an element's text against the first opaque background behind it,
 * with a translucent text colour blended over that background (as the eye sees it).
 */
export async function labelContrast(locator: Locator): Promise<LabelContrast> {
  return locator.evaluate((el) => {
    const parse = (value: string) => {
      const [r, g, b, a = 1] = (value.match(/[\d.]+/g) ?? ['0', '0', '0', '0']).map(Number);
      return { r, g, b, a };
    };
    let backgroundEl: Element | null = el;
    let background = parse('rgba(0,0,0,0)');
    while (backgroundEl) {
      background = parse(getComputedStyle(backgroundEl).backgroundColor);
      if (background.a > 0.99) break;
      backgroundEl = backgroundEl.parentElement;
    }
    if (!backgroundEl) background = { r: 255, g: 255, b: 255, a: 1 };
    const text = parse(getComputedStyle(el).color);
    const blend = (channel: 'r' | 'g' | 'b') => text[channel] * text.a + background[channel] * (1 - text.a);
    const luminance = ({ r, g, b }: { r: number; g: number; b: number }) => {
      const lin = (c: number) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    const seen = { r: blend('r'), g: blend('g'), b: blend('b') };
    const [hi, lo] = [luminance(seen), luminance(background)].sort((x, y) => y - x);
    return {
      label: (el as HTMLElement).innerText.trim(),
      color: getComputedStyle(el).color,
      background: `rgb(${background.r}, ${background.g}, ${background.b})`,
      ratio: Math.round(((hi + 0.05) / (lo + 0.05)) * 100) / 100,
    };
  });
}
