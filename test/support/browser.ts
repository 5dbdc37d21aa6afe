import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** `it` where Chromium is installed (.ci/run installs it), `it.skip` elsewhere. */
export const inBrowser = existsSync(CHROMIUM) ? it : it.skip;

/** Headless Chromium kept quiet: no background traffic that would count as a request to another host. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
