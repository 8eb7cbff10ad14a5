import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';

/**
 * The 适老化 audit: what a person sees on one screen, measured from computed styles and
 * boxes in the real browser, and the floors it must meet. Sizes are CSS px at 390×844.
 *
 * Why these floors: 14 px is the smallest body text the 工信部《移动互联网应用（APP）适老化
 * 通用设计规范》 accepts in normal mode, and 长辈模式 must be visibly larger (18 px); key
 * figures (times, fees, dates, queue numbers) are what a senior looks for first (30 px);
 * 44 px is the common touch-target floor (Apple HIG, WCAG 2.5.5), 56 px gives older
 * fingers room; the title bar's back/home is the main way back (48 / 60 px); 4.5:1 is WCAG
 * AA contrast for normal text, applied here to every text, large or not.
 */
export const THRESHOLDS = {
  normal: { text: 14, keyFigure: 20, target: 44, titleBarButton: 48, contrast: 4.5 },
  senior: { text: 18, keyFigure: 30, target: 56, titleBarButton: 60, contrast: 4.5 },
} as const;

export type Mode = keyof typeof THRESHOLDS;

export interface TextFigure {
  text: string;
  size: number;
  contrast: number;
  color: string;
  background: string;
}

export interface TargetFigure {
  label: string;
  width: number;
  height: number;
}

export interface ScreenFigures {
  texts: TextFigure[];
  keyFigures: Array<{ text: string; size: number }>;
  targets: TargetFigure[];
  titleBarButtons: TargetFigure[];
  /** Time ranges (08:00‑09:00) drawn on more than one line. */
  brokenTimeRanges: string[];
}

/** Everything interactive a finger aims at: buttons, choices, tabs, fields, switches, the tab bar. */
const TARGETS = [
  'taro-button-core',
  'taro-input-core',
  'taro-switch-core',
  'taro-textarea-core',
  '[role="button"]',
  '[role="radio"]',
  '[role="tab"]',
  '[role="link"]',
  '[role="checkbox"]',
  'a[href]',
  '.weui-tabbar__item',
].join(',');

/** Measures the screen as shown now: every visible text, key figure and tap target. */
export function measureScreen(page: Page): Promise<ScreenFigures> {
  return page.evaluate((targetSelector) => {
    type RGBA = { r: number; g: number; b: number; a: number };
    const parse = (value: string): RGBA => {
      const [r, g, b, a = 1] = (value.match(/[\d.]+/g) ?? ['0', '0', '0', '0']).map(Number);
      return { r, g, b, a };
    };
    const over = (top: RGBA, bottom: RGBA): RGBA => ({
      r: top.r * top.a + bottom.r * (1 - top.a),
      g: top.g * top.a + bottom.g * (1 - top.a),
      b: top.b * top.a + bottom.b * (1 - top.a),
      a: 1,
    });
    const luminance = ({ r, g, b }: RGBA) => {
      const lin = (c: number) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    const ratio = (x: RGBA, y: RGBA) => {
      const [hi, lo] = [luminance(x), luminance(y)].sort((p, q) => q - p);
      return Math.round(((hi + 0.05) / (lo + 0.05)) * 100) / 100;
    };
    /** The colour behind an element: its own and its ancestors' backgrounds stacked, each faded by its opacity. */
    const backdrop = (el: Element | null): RGBA => {
      const layers: Array<{ color: RGBA; opacity: number }> = [];
      for (let node = el; node; node = node.parentElement) {
        const style = getComputedStyle(node);
        layers.push({ color: parse(style.backgroundColor), opacity: Number(style.opacity) });
      }
      let seen: RGBA = { r: 255, g: 255, b: 255, a: 1 };
      for (const layer of layers.reverse()) {
        seen = over({ ...layer.color, a: layer.color.a * layer.opacity }, seen);
      }
      return seen;
    };
    const opacityOf = (el: Element | null) => {
      let o = 1;
      for (let node = el; node; node = node.parentElement) o *= Number(getComputedStyle(node).opacity);
      return o;
    };
    const visible = (el: Element) => {
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
    };
    const name = (el: Element) => (el.getAttribute('aria-label') || (el as HTMLElement).innerText || el.tagName).trim().replace(/\s+/g, ' ').slice(0, 30);

    const texts: TextFigure[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const seenElements = new Set<Element>();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || seenElements.has(el) || !node.textContent?.trim()) continue;
      if (el.closest('script, style, svg')) continue;
      seenElements.add(el);
      if (!visible(el)) continue;
      const style = getComputedStyle(el);
      const background = backdrop(el);
      const color = parse(style.color);
      const shown = over({ ...color, a: color.a * opacityOf(el) }, background);
      texts.push({
        text: node.textContent.trim().slice(0, 30),
        size: parseFloat(style.fontSize),
        contrast: ratio(shown, background),
        color: style.color,
        background: `rgb(${Math.round(background.r)}, ${Math.round(background.g)}, ${Math.round(background.b)})`,
      });
    }

    const keyFigures = Array.from(document.querySelectorAll('.key-figure'))
      .filter(visible)
      .map((el) => ({ text: name(el), size: parseFloat(getComputedStyle(el).fontSize) }));

    const box = (el: Element): TargetFigure => {
      const r = el.getBoundingClientRect();
      return { label: name(el), width: Math.round(r.width * 10) / 10, height: Math.round(r.height * 10) / 10 };
    };
    const targets = Array.from(document.querySelectorAll(targetSelector)).filter(visible).map(box);
    const titleBarButtons = Array.from(document.querySelectorAll('#taro-navigation-bar > .taro-navigation-bar-back, #taro-navigation-bar > .taro-navigation-bar-home'))
      .filter(visible)
      .map(box);

    // A time range split over two lines reads as two times: each one must sit on one line.
    const brokenTimeRanges = Array.from(document.querySelectorAll('.page *'))
      .filter((el) => el.childElementCount === 0 && /\d{2}:\d{2}\s*[-‑–]\s*\d{2}:\d{2}/.test(el.textContent ?? '') && visible(el))
      .filter((el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        const match = /\d{2}:\d{2}\s*[-‑–]\s*\d{2}:\d{2}/.exec(el.textContent ?? '');
        if (!match || !el.firstChild) return false;
        const text = Array.from(el.childNodes).find((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.includes(match[0]));
        if (!text) return false;
        const start = text.textContent!.indexOf(match[0]);
        range.setStart(text, start);
        range.setEnd(text, start + match[0].length);
        const lines = new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top)));
        return lines.size > 1;
      })
      .map((el) => (el.textContent ?? '').trim());

    return { texts, keyFigures, targets, titleBarButtons, brokenTimeRanges };
  }, TARGETS);
}

export interface Shortfall {
  what: 'text' | 'key figure' | 'target' | 'title-bar button' | 'contrast' | 'time range';
  detail: string;
}

/** What falls below the floors of a mode. */
export function shortfalls(figures: ScreenFigures, mode: Mode): Shortfall[] {
  const floor = THRESHOLDS[mode];
  const out: Shortfall[] = [];
  for (const t of figures.texts) {
    if (t.size < floor.text) out.push({ what: 'text', detail: `${t.size}px < ${floor.text}: “${t.text}”` });
    if (t.contrast < floor.contrast) out.push({ what: 'contrast', detail: `${t.contrast}:1 < ${floor.contrast}: “${t.text}” ${t.color} on ${t.background}` });
  }
  for (const k of figures.keyFigures) {
    if (k.size < floor.keyFigure) out.push({ what: 'key figure', detail: `${k.size}px < ${floor.keyFigure}: “${k.text}”` });
  }
  for (const t of figures.targets) {
    if (Math.min(t.width, t.height) < floor.target) out.push({ what: 'target', detail: `${t.width}×${t.height} < ${floor.target}: “${t.label}”` });
  }
  for (const t of figures.titleBarButtons) {
    if (Math.min(t.width, t.height) < floor.titleBarButton) out.push({ what: 'title-bar button', detail: `${t.width}×${t.height} < ${floor.titleBarButton}: ${t.label}` });
  }
  for (const range of figures.brokenTimeRanges) out.push({ what: 'time range', detail: `broken across lines: “${range}”` });
  return out;
}

/** The smallest and weakest of a screen, for the artifacts table. */
export function summary(figures: ScreenFigures) {
  const min = <T>(items: T[], by: (item: T) => number) => (items.length ? items.reduce((a, b) => (by(b) < by(a) ? b : a)) : null);
  const text = min(figures.texts, (t) => t.size);
  const contrast = min(figures.texts, (t) => t.contrast);
  const key = min(figures.keyFigures, (k) => k.size);
  const target = min(figures.targets, (t) => Math.min(t.width, t.height));
  const back = min(figures.titleBarButtons, (t) => Math.min(t.width, t.height));
  return {
    smallestText: text && { size: text.size, text: text.text },
    lowestContrast: contrast && { ratio: contrast.contrast, text: contrast.text },
    smallestKeyFigure: key && { size: key.size, text: key.text },
    smallestTarget: target && { width: target.width, height: target.height, label: target.label },
    titleBarButton: back && { width: back.width, height: back.height },
    counts: { texts: figures.texts.length, keyFigures: figures.keyFigures.length, targets: figures.targets.length },
  };
}

export const AUDIT_ARTIFACTS = path.resolve(__dirname, '../../artifacts/a11y');

export function writeArtifact(name: string, content: unknown): string {
  fs.mkdirSync(AUDIT_ARTIFACTS, { recursive: true });
  const file = path.join(AUDIT_ARTIFACTS, name);
  fs.writeFileSync(file, typeof content === 'string' ? content : `${JSON.stringify(content, null, 2)}\n`);
  return file;
}
