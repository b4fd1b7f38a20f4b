// Small helpers of the e2e specs that are not fixtures.
import { expect, type Locator, type Page } from "@playwright/test";

/** Presses Tab (or `key`) until `locator` has the focus, at most `max` times. */
export async function tabTo(page: Page, locator: Locator, max = 40, key = "Tab"): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await locator.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  await expect(locator).toBeFocused();
}

const SCREENSHOTS = process.env.E2E_SCREENSHOTS === "1";

/**
 * With E2E_SCREENSHOTS=1: the page into docs/screenshots/<name>.png, whole (or its first
 * `maxHeight` pixels), or only the viewport with `fullPage: false`; `settleMs` lets a map finish.
 */
export async function screenshot(
  page: Page,
  name: string,
  {
    fullPage = true,
    maxHeight,
    settleMs,
  }: { fullPage?: boolean; maxHeight?: number; settleMs?: number } = {},
): Promise<void> {
  if (!SCREENSHOTS) return;
  if (settleMs) await page.waitForTimeout(settleMs);
  const width = page.viewportSize()?.width ?? 1280;
  await page.screenshot({
    path: `docs/screenshots/${name}.png`,
    fullPage,
    clip: maxHeight ? { x: 0, y: 0, width, height: maxHeight } : undefined,
  });
}

/** With E2E_SCREENSHOTS=1: the whole page on a 390 px phone into docs/screenshots/<name>.png. */
export async function phoneScreenshot(page: Page, name: string): Promise<void> {
  if (!SCREENSHOTS) return;
  const viewport = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, name);
  if (viewport) await page.setViewportSize(viewport);
}
