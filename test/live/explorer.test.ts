import { DEMO_PASSWORD } from '../../seeds/demo-data';
import type { Page } from 'playwright-core';
import { inBrowser, launchBrowser } from '../support/browser';
import { personaEmail, startTestServer, type TestServer } from '../support/server';

// A loaded 2-core machine takes seconds to parse GraphiQL's bundle.
jest.setTimeout(120_000);
const WAIT = { timeout: 45_000 };

let server: TestServer;

/** Waits until the element's text contains `text` (CodeMirror splits the result into many spans). */
async function waitForText(page: Page, selector: string, text: string): Promise<void> {
  await page
    .waitForFunction(
      `(document.querySelector(${JSON.stringify(selector)})?.textContent ?? '').includes(${JSON.stringify(text)})`,
      undefined,
      WAIT,
    )
    .catch(async (e: Error) => {
      throw new Error(
        `${e.message}\n${selector} shows: ${await page.textContent(selector)}\nresult: ${await page.textContent('.result-window')}`,
      );
    });
}

/** Puts an operation in GraphiQL's editor and runs it. */
async function run(page: Page, query: string): Promise<void> {
  await page.evaluate(`document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.setValue(${JSON.stringify(query)})`);
  await page.click('.graphiql-execute-button');
}

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

describe('GET /graphql in a browser', () => {
  it('serves a bundled GraphiQL explorer, nothing from other hosts, and leaves the API as it was', async () => {
    const page = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).not.toMatch(/Authorization/);
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(assets.every((a) => a.startsWith('/explorer/'))).toBe(true);
    for (const asset of assets) {
      const res = await fetch(`${server.url}${asset}`);
      expect(res.status).toBe(200);
      if (asset.startsWith('/explorer/explorer')) expect(await res.text()).not.toMatch(/https?:\/\//);
    }
    const api = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ regions { code } }' }),
    });
    expect(((await api.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  inBrowser('loads the schema before sign-in, signs in with a demo account and runs a query (headless Chromium)', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      const external: string[] = [];
      page.on('request', (r) => {
        if (!r.url().startsWith(server.url)) external.push(r.url());
      });
      await page.goto(`${server.url}/graphql`);
      await page.waitForSelector('.graphiql-container', WAIT);

      // The docs pane lists the schema's root types before anyone signs in.
      await page.click('button[aria-label="Show Documentation Explorer"]');
      await page.waitForSelector('.graphiql-doc-explorer >> text=Query', WAIT);
      expect(await page.textContent('.graphiql-doc-explorer')).not.toMatch(/Error fetching schema/);

      await page.fill('#sign-in input[name=email]', personaEmail('NC-KI'));
      await page.fill('#sign-in input[name=password]', DEMO_PASSWORD);
      await page.click('#sign-in button[type=submit]');
      await waitForText(page, '#who', 'Signed in as');
      expect(await page.textContent('#who')).toContain('NC-KI');

      await run(page, '{ me { email office { code } } regions { code } }');
      await waitForText(page, '.result-window', '"KZ-10"');
      const result = await page.textContent('.result-window');
      expect(result).toContain(personaEmail('NC-KI'));
      expect(result).not.toContain('UNAUTHENTICATED');
      expect(external).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  inBrowser('takes the token from a login mutation run in the editor (headless Chromium)', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(`${server.url}/graphql`);
      await page.waitForSelector('.graphiql-query-editor .CodeMirror', WAIT);
      await run(page, `mutation { login(email: "${personaEmail('RO-KZ-75')}", password: "${DEMO_PASSWORD}") { token } }`);
      await waitForText(page, '#who', 'RO-KZ-75');
      await run(page, '{ me { office { code } } }');
      await waitForText(page, '.result-window', '"RO-KZ-75"');
      await page.click('#sign-out');
      await run(page, '{ me { office { code } } }');
      await waitForText(page, '.result-window', 'UNAUTHENTICATED');
    } finally {
      await browser.close();
    }
  });
});
