import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { DEMO_PASSWORD } from '../../seeds/demo-data';
import { personaEmail, startTestServer, type GraphQLClient, type TestServer } from '../support/server';
import { contract } from '../support/contract';
import { createProject } from './fixtures';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = path.join(__dirname, '..', 'artifacts');
const inBrowser = existsSync(CHROMIUM) ? it : it.skip;

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

describe('GET /dashboard', () => {
  it('serves the page and its assets from IRM itself, loading nothing from other hosts', async () => {
    const page = await fetch(`${server.url}/dashboard`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    const html = await page.text();
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(assets).toEqual(['/dashboard/dashboard.css', '/dashboard/dashboard.js', '/dashboard/step-delays.js']);
    for (const asset of assets) {
      const res = await fetch(`${server.url}${asset}`);
      expect(res.status).toBe(200);
      expect(await res.text()).not.toMatch(/https?:\/\//);
    }
  });

  inBrowser('signs in, shows the changes in scope, and shows a new one live without reloading (headless Chromium)', async () => {
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    try {
      const page = await browser.newPage();
      await page.goto(`${server.url}/dashboard`);
      await page.fill('input[name=email]', personaEmail('RO-KZ-75'));
      await page.fill('input[name=password]', DEMO_PASSWORD);
      await page.click('button[type=submit]');
      await page.waitForSelector('#status:text("live")');
      expect(await page.isVisible('#sign-in')).toBe(false);
      const almaty: GraphQLClient = await server.as('RO-KZ-75');
      const project = await createProject(almaty, 'KZ-75');
      await page.waitForSelector(`#feed tr[data-entity-id="${project.id}"]`, { timeout: 10_000 });
      expect(await page.textContent(`#feed tr[data-entity-id="${project.id}"]`)).toContain('PROJECT');

      // The summary follows the feed: a new request raises the open-requests count without a reload.
      await page.waitForFunction(`/^\\d+$/.test(document.getElementById('requests-open').textContent)`);
      const openBefore = Number(await page.textContent('#requests-open'));
      const { createInvestor } = await almaty.ok(contract('CreateInvestor'), { input: { name: 'Dashboard investor', origin: 'DOMESTIC', countryCode: 'KZ' } });
      await almaty.ok(contract('SubmitInvestorRequest'), { input: { investorId: createInvestor.id, kind: 'INFORMATION', subject: 'Land plots' } });
      await page.waitForFunction(`Number(document.getElementById('requests-open').textContent) === ${openBefore + 1}`, undefined, { timeout: 10_000 });
      expect(await page.textContent('#pool-note')).toMatch(/may not|Your role/);
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: path.join(ARTIFACTS, 'dashboard.png'), fullPage: true });
    } finally {
      await browser.close();
    }
  });
});

describe('GET /graphql in a browser', () => {
  it('serves a bundled GraphiQL explorer, nothing from other hosts, and leaves the API as it was', async () => {
    const page = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(assets.every((a) => a.startsWith('/explorer/'))).toBe(true);
    for (const asset of assets) expect((await fetch(`${server.url}${asset}`)).status).toBe(200);
    const api = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ regions { code } }' }),
    });
    expect(((await api.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  inBrowser('renders the explorer in headless Chromium', async () => {
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    try {
      const page = await browser.newPage();
      const external: string[] = [];
      page.on('request', (r) => {
        if (!r.url().startsWith(server.url)) external.push(r.url());
      });
      await page.goto(`${server.url}/graphql`);
      await page.waitForSelector('.graphiql-container', { timeout: 15_000 });
      expect(external).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
