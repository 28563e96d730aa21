/**
 * Accessibility checks for the browser journeys: axe-core (WCAG 2 A and AA rules; critical and
 * serious violations) injected into the page, plus two checks of our own that run alongside it —
 * Playwright's accessibility snapshot (roles and accessible names computed by the browser) for
 * unnamed controls, and WCAG 2.1 contrast computed from the rendered colours.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** axe-core's browser build, read once. */
let axeSource: string | undefined;
function axeScript(): string {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  return axeSource;
}

interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/**
 * Critical and serious axe-core violations of the WCAG 2 A/AA rules on the page as it is now, one
 * line per rule with the first elements concerned; an empty list means it passes.
 */
export async function axeProblems(page: Page): Promise<string[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  // Not page.addScriptTag: the app's Content-Security-Policy (script-src 'self') rightly refuses an
  // inline script. Evaluated through the DevTools protocol, axe runs without weakening the policy.
  if (!loaded) await page.evaluate(axeScript());
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (context: Document, options: object) => Promise<{ violations: unknown[] }> };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] },
      resultTypes: ['violations'],
    });
    return result.violations;
  });
  return (violations as AxeViolation[])
    .filter((violation) => violation.impact === 'critical' || violation.impact === 'serious')
    .map((violation) => {
      const targets = violation.nodes
        .slice(0, 3)
        .map(
          (node) =>
            `${JSON.stringify(node.target)}${node.failureSummary ? ` — ${node.failureSummary.split('\n').slice(1).join(' ').trim()}` : ''}`,
        )
        .join('; ');
      return `${violation.impact} ${violation.id}: ${violation.help} (${violation.nodes.length}×: ${targets})`;
    });
}

/** Roles that must have an accessible name (axe: label, button-name, link-name, aria-input-field-name). */
const NAMED_ROLES = new Set([
  'button',
  'checkbox',
  'combobox',
  'link',
  'listbox',
  'menuitem',
  'radio',
  'searchbox',
  'slider',
  'spinbutton',
  'switch',
  'tab',
  'textbox',
]);

interface AriaNode {
  role?: string;
  name?: string;
  placeholder?: string;
  children?: (AriaNode | string)[];
}

function unnamed(nodes: readonly (AriaNode | string)[], found: string[], path: string[] = []): void {
  for (const node of nodes) {
    if (typeof node === 'string') continue;
    const role = node.role ?? '';
    if (NAMED_ROLES.has(role) && !node.name?.trim() && !node.placeholder?.trim()) {
      found.push(`${role} without an accessible name (in ${path.slice(-2).join(' › ') || 'page'})`);
    }
    unnamed(node.children ?? [], found, node.name ? [...path, `${role} "${node.name}"`] : path);
  }
}

/** Text whose contrast with what lies behind it is below WCAG AA (4.5:1, large text 3:1). */
function lowContrast(): string[] {
  type Rgba = [number, number, number, number];
  const parse = (value: string): Rgba | null => {
    const match = /rgba?\(([^)]+)\)/.exec(value);
    if (!match?.[1]) return null;
    const parts = match[1]
      .split(/[\s,/]+/)
      .filter(Boolean)
      .map(Number);
    return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0, parts[3] ?? 1];
  };
  const over = (top: Rgba, bottom: Rgba): Rgba => {
    const a = top[3];
    return [
      top[0] * a + bottom[0] * (1 - a),
      top[1] * a + bottom[1] * (1 - a),
      top[2] * a + bottom[2] * (1 - a),
      1,
    ];
  };
  const luminance = ([r, g, b]: Rgba): number => {
    const channel = (v: number) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };
  const backdrop = (element: Element): Rgba => {
    const layers: Rgba[] = [];
    for (let e: Element | null = element; e; e = e.parentElement) {
      const color = parse(getComputedStyle(e).backgroundColor);
      if (color && color[3] > 0) {
        layers.push(color);
        if (color[3] >= 1) break;
      }
    }
    return layers.reverse().reduce<Rgba>((below, layer) => over(layer, below), [255, 255, 255, 1]);
  };
  // Inactive controls are exempt from the contrast requirement (WCAG 1.4.3).
  const INACTIVE =
    '[disabled], [aria-disabled="true"], .ant-menu-item-disabled, .ant-select-disabled, .ant-input-disabled, .ant-checkbox-wrapper-disabled, .ant-radio-wrapper-disabled, .ant-pagination-disabled, .ant-tabs-tab-disabled';
  const found: string[] = [];
  const seen = new Set<Element>();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const text = walker.currentNode.textContent?.trim() ?? '';
    const element = walker.currentNode.parentElement;
    if (!text || !element || seen.has(element)) continue;
    seen.add(element);
    if (element.closest(INACTIVE) || element.closest('[aria-hidden="true"]')) continue;
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    if (style.visibility !== 'visible' || box.width === 0 || box.height === 0) continue;
    let opacity = 1;
    for (let e: Element | null = element; e; e = e.parentElement)
      opacity *= Number(getComputedStyle(e).opacity);
    if (opacity === 0) continue;
    const color = parse(style.color);
    if (!color) continue;
    const behind = backdrop(element);
    const shown = over([color[0], color[1], color[2], color[3] * opacity], behind);
    const [light, dark] = [luminance(shown), luminance(behind)].sort((a, b) => b - a) as [number, number];
    const ratio = (light + 0.05) / (dark + 0.05);
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (Number(style.fontWeight) >= 700 && size >= 18.66);
    if (ratio < (large ? 3 : 4.5)) {
      const rgb = (c: Rgba) => `rgb(${c.slice(0, 3).map(Math.round).join(',')})`;
      found.push(
        `contrast ${ratio.toFixed(2)}:1 for "${text.slice(0, 24)}" (${rgb(shown)} on ${rgb(behind)})`,
      );
    }
  }
  return found;
}

/** Every problem on the page as it is now (axe-core and our own checks); an empty list means it passes. */
export async function accessibilityProblems(page: Page): Promise<string[]> {
  // Let a click's effects start (a tab switch begins its animation a moment later).
  await page.waitForTimeout(400);
  // A loading spinner dims what it covers, and a tab switching animates its panes (the leaving one
  // is aria-hidden while it still holds controls): judge the page once it has loaded and settled.
  await page.waitForFunction(
    () =>
      !document.querySelector(
        '.ant-spin-spinning, .ant-spin-blur, .ant-tabs-switch-leave, .ant-tabs-switch-enter, .ant-tabs-switch-appear',
      ),
  );
  // A toast (已保存 …) fading out passes through every contrast on its way: judge the page once it has gone
  // (toasts close themselves after 3 s; one still there after 10 s is judged like any other element).
  await page
    .locator('.ant-message-notice')
    .first()
    .waitFor({ state: 'detached', timeout: 10_000 })
    .catch(() => undefined);
  const found: string[] = [...(await axeProblems(page))];
  unnamed((await page.ariaSnapshotJSON()) as AriaNode[], found);
  found.push(...(await page.evaluate(lowContrast)));
  return [...new Set(found)];
}
