import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { DEMO_PASSWORD } from '../../seeds/demo-data';
import { personaEmail, startTestServer, type GraphQLClient, type TestServer } from '../support/server';
import { inBrowser, launchBrowser } from '../support/browser';
import { contract } from '../support/contract';
import { createProject } from './fixtures';
import { lastEndedQuarter } from '../../seeds/demo-activity';

const ARTIFACTS = path.join(__dirname, '..', 'artifacts');

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
    expect(assets).toEqual([
      '/dashboard/dashboard.css',
      '/dashboard/charts.js',
      '/dashboard/names.js',
      '/dashboard/dashboard.js',
      '/dashboard/step-delays.js',
    ]);
    for (const asset of assets) {
      const res = await fetch(`${server.url}${asset}`);
      expect(res.status).toBe(200);
      // The SVG namespace is a name, not something loaded.
      expect((await res.text()).replaceAll('http://www.w3.org/2000/svg', '')).not.toMatch(/https?:\/\//);
    }
  });

  inBrowser('signs in, shows the changes in scope, and shows a new one live without reloading (headless Chromium)', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(`${server.url}/dashboard`);
      await page.fill('input[name=email]', personaEmail('RO-KZ-75'));
      await page.fill('input[name=password]', DEMO_PASSWORD);
      await page.click('button[type=submit]');
      await page.waitForSelector('#status:text("live")');
      expect(await page.isVisible('#sign-in')).toBe(false);
      const almaty: GraphQLClient = await server.as('RO-KZ-75');
      const title = `Dashboard project ${Date.now()}`;
      const project = await createProject(almaty, 'KZ-75', title);
      await page.waitForSelector(`#feed tr[data-entity-id="${project.id}"]`, { timeout: 30_000 });
      // Records are named, not shown by id.
      await page.waitForFunction(
        `document.querySelector('#feed tr[data-entity-id="${project.id}"] .record').textContent === ${JSON.stringify(title)}`,
        undefined,
        { timeout: 30_000 },
      );
      expect(await page.textContent(`#feed tr[data-entity-id="${project.id}"]`)).toContain('Project');
      const records = await page.$$eval('#feed .record', (cells) => cells.map((c) => c.textContent ?? ''));
      expect(records.some((r) => /^[0-9a-f]{8}-[0-9a-f]{4}-/.test(r))).toBe(false);

      // The summary follows the feed: a new request raises the open-requests count without a reload.
      await page.waitForFunction(`/^\\d+$/.test(document.getElementById('requests-open').textContent)`);
      const openBefore = Number(await page.textContent('#requests-open'));
      const { createInvestor } = await almaty.ok(contract('CreateInvestor'), {
        input: { name: 'Dashboard investor', origin: 'DOMESTIC', countryCode: 'KZ' },
      });
      await almaty.ok(contract('SubmitInvestorRequest'), {
        input: { investorId: createInvestor.id, kind: 'INFORMATION', subject: 'Land plots' },
      });
      await page.waitForFunction(`Number(document.getElementById('requests-open').textContent) === ${openBefore + 1}`, undefined, {
        timeout: 30_000,
      });
      // A regional officer may not read the unified pool: the section is left out, no error shown.
      expect(await page.isVisible('#pool-section')).toBe(false);
      expect(await page.textContent('body')).not.toMatch(/ReadUnifiedPool|FORBIDDEN/);
      expect(await page.$$eval('#requests-chart rect', (bars) => bars.length)).toBe(3);
    } finally {
      await browser.close();
    }
  });

  inBrowser('shows the National Company the latest formed pool by region as bars, and requests by status (headless Chromium)', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`${server.url}/dashboard`);
      await page.fill('input[name=email]', personaEmail('NC-KI'));
      await page.fill('input[name=password]', DEMO_PASSWORD);
      await page.click('button[type=submit]');
      await page.waitForSelector('#pool-chart rect', { timeout: 15_000 });
      // The latest formed pool: the one shown, and none formed for any later ended quarter.
      const nc = await server.as('NC-KI');
      const [, year, quarter] = /^(\d{4}) Q(\d)$/.exec((await page.textContent('#pool-quarter')) ?? '')!.map(Number);
      const poolOp = `query($year: Int!, $quarter: Int!) { unifiedPool(year: $year, quarter: $quarter) { byRegion { region { name } } } }`;
      const { unifiedPool } = await nc.ok(poolOp, { year, quarter });
      for (
        let q = lastEndedQuarter(new Date());
        q.year * 4 + q.quarter > year * 4 + quarter;
        q = q.quarter === 1 ? { year: q.year - 1, quarter: 4 } : { year: q.year, quarter: q.quarter - 1 }
      ) {
        expect(await nc.fails(poolOp, q)).toBe('NOT_FOUND');
      }
      expect(await page.$$eval('#pool-chart rect', (bars) => bars.length)).toBe(unifiedPool.byRegion.length);
      for (const r of unifiedPool.byRegion as { region: { name: string } }[])
        expect(await page.textContent('#pool-chart')).toContain(r.region.name);
      await page.waitForFunction(`Number(document.getElementById('requests-overdue').textContent) >= 2`, undefined, { timeout: 30_000 });
      await page.waitForFunction(
        `document.querySelectorAll('#feed .record').length > 0 && [...document.querySelectorAll('#feed tr[data-entity="PROJECT"] .record')].every((c) => c.textContent !== '…')`,
        undefined,
        { timeout: 30_000 },
      );
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: path.join(ARTIFACTS, 'dashboard.png'), fullPage: true });
    } finally {
      await browser.close();
    }
  });
});
