import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';

/** axe-core's browser build, from the npm registry (devDependency). */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Structure rules held to whatever their impact (axe rates most "moderate"): issue 19 found each of them broken
 * in the agent app (no main, no h1, a repeated landmark, a role a form may not take).
 */
const STRUCTURE_RULES = [
  'landmark-one-main',
  'page-has-heading-one',
  'landmark-unique',
  'landmark-no-duplicate-main',
  'landmark-complementary-is-top-level',
  'aria-allowed-role',
  'label-content-name-mismatch',
];

export interface Finding {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/**
 * The serious and critical axe-core violations, and those of the structure rules, in `scope` (a page, or the widget's frame), in the colour scheme
 * asked for. Evaluated through the DevTools protocol, so the apps' Content-Security-Policy stays as it is.
 */
export async function seriousViolations(
  page: Page,
  scope: Page | Frame,
  colorScheme: 'light' | 'dark',
): Promise<Finding[]> {
  await page.emulateMedia({ colorScheme });
  // Let transitions settle before colours are read.
  await page.waitForTimeout(50);
  if (!(await scope.evaluate(() => 'axe' in window))) await scope.evaluate(axeSource);
  const found = await scope.evaluate(async () => {
    type Axe = { run(context: Document, options: object): Promise<{ violations: unknown[] }> };
    const axe = (window as unknown as { axe: Axe }).axe;
    // label-content-name-mismatch is "experimental" in axe: asked for by name.
    const options = { rules: { 'label-content-name-mismatch': { enabled: true } } };
    return (await axe.run(document, options)).violations as {
      id: string;
      impact: string;
      help: string;
      nodes: { target: string[] }[];
    }[];
  });
  return found
    .filter(
      (violation) =>
        violation.impact === 'serious' || violation.impact === 'critical' || STRUCTURE_RULES.includes(violation.id),
    )
    .map(({ id, impact, help, nodes }) => ({ id, impact, help, targets: nodes.map((node) => node.target.join(' ')) }));
}

/** Both colour schemes at once: `{ light: […], dark: […] }`, each expected empty. */
export async function violationsInBothSchemes(page: Page, scope: Page | Frame) {
  const light = await seriousViolations(page, scope, 'light');
  const dark = await seriousViolations(page, scope, 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  return { light, dark };
}

/** The widget's frame (the chat UI) on a host page. */
export function widgetFrame(page: Page): Frame {
  const frame = page.frames().find((candidate) => new URL(candidate.url()).pathname.startsWith('/widget/'));
  if (!frame) throw new Error('no widget frame');
  return frame;
}
