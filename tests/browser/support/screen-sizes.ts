import { expect } from '@jest/globals';
import type { Locator } from 'playwright-core';

/** The smallest sizes a screen may show, in CSS px. */
export interface SizeFloors {
  body: number;
  figure: number;
  tap: number;
}

/** The journeys' check: 长辈模式 body ≥ 24, key figures ≥ 40, targets ≥ 60; normal 14 / 20 / 44. */
export const JOURNEY_FLOORS: Record<'normal' | 'senior', SizeFloors> = {
  normal: { body: 14, figure: 20, tap: 44 },
  senior: { body: 24, figure: 40, tap: 60 },
};

/** Font sizes of the body text and key figures, and the size of each tap target, shown in a scope. */
export async function measureSizes(scope: Locator, tapSelector = '.tappable') {
  return scope.evaluate((root, taps) => {
    const shown = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0;
    };
    const px = (el: Element) => parseFloat(getComputedStyle(el).fontSize);
    const all = (selector: string) => Array.from(root.querySelectorAll(selector)).filter(shown);
    return {
      body: all('.body-text').map(px),
      figures: all('.key-figure').map(px),
      taps: all(taps).map((el) => {
        const r = el.getBoundingClientRect();
        return { text: (el.textContent ?? '').slice(0, 20), width: Math.round(r.width), height: Math.round(r.height) };
      }),
    };
  }, tapSelector);
}

/** Fails when any text, key figure or tap target in the scope is below the floors. */
export async function expectSizes(scope: Locator, floors: SizeFloors, tapSelector?: string) {
  const sizes = await measureSizes(scope, tapSelector);
  expect(sizes.body.length).toBeGreaterThan(0);
  expect(Math.min(...sizes.body)).toBeGreaterThanOrEqual(floors.body);
  if (sizes.figures.length) expect(Math.min(...sizes.figures)).toBeGreaterThanOrEqual(floors.figure);
  expect(sizes.taps.filter((t) => t.width < floors.tap || t.height < floors.tap)).toEqual([]);
}
