// Drives the exported catalogue site (file://, offline) or the page of `svcstd serve` (http://, fed from its API)
// in Debian's Chromium through playwright-core: types queries, compares the results with what
// `svcstd catalogue search` finds, uses the facets, opens an item, checks its materials and the comparison across
// regions, and takes the screenshots of docs/ (of the exported site).
// Usage: node test.mjs SITE_DIR|URL EXPECTED_JSON SCREENSHOT_DIR|- [HOSTILE_SITE_DIR|URL]
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [site, expectedFile, shots, hostileSite] = process.argv.slice(2);
const expected = JSON.parse(readFileSync(expectedFile, 'utf8'));
// A site folder opens from disk; a URL is a served page, whose requests may go to its own origin only.
const served = /^https?:/.test(site);
const address = (where) => /^https?:/.test(where) ? where : pathToFileURL(resolve(join(where, 'index.html'))).href;
const inside = (url) => served ? url.startsWith(new URL(site).origin + '/') : /^(file|data):/.test(url);
const shoot = (options) => shots === '-' ? Promise.resolve() : page.screenshot(options);
let passed = 0, failed = 0;
function check(name, ok, detail) {
  if (ok) { passed++; console.log(`ok   ${name}`); }
  else { failed++; console.log(`FAIL ${name}${detail === undefined ? '' : ': ' + detail}`); }
}

let page;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
try {
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
  page.setDefaultTimeout(10000);
  const outside = [], errors = [];
  let facetCalls = 0;
  page.on('request', r => { if (!inside(r.url())) outside.push(r.url()); if (r.url().includes('/api/facets')) facetCalls++; });
  page.on('pageerror', e => errors.push(String(e)));
  page.on('console', m => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(address(site));

  check('the page states the size of the catalogue', (await page.textContent('#stats')).includes('4 个地区 · 44 个事项'));

  async function search(text) {
    await page.fill('#q', text);
    await page.press('#q', 'Enter');
    await page.waitForFunction(t => document.getElementById('summary').textContent.includes(t), text);
    const more = page.locator('#more');
    // The served page fetches the next page when "more" is clicked: wait for its cards before looking again (on a
    // loaded machine the button can be looked at while the fetch is still on its way).
    while (await more.isVisible()) {
      const before = await page.locator('#results li.card').count();
      await more.click();
      await page.waitForFunction(n => document.querySelectorAll('#results li.card').length > n, before);
    }
    return page.$$eval('#results li.card', cards => cards.map(c => ({
      name: c.querySelector('h2 a').textContent,
      code: c.querySelector('.codes').textContent,
      region: c.querySelector('.meta span').textContent,
      regionCode: c.getAttribute('data-region'),
      id: c.getAttribute('data-id'),
    })));
  }

  // The site finds exactly what the command line finds, for every query of EXPECTED_JSON.
  for (const [query, results] of Object.entries(expected)) {
    const found = await search(query);
    const want = results.map(r => `${r.basicCode} ${r.name} ${r.region.code}`).sort();
    const got = found.map(f => `${f.code} ${f.name} ${f.regionCode}`).sort();
    const same = JSON.stringify(want) === JSON.stringify(got);
    check(`"${query}" finds the ${want.length} items svcstd catalogue search finds`, same, `site ${JSON.stringify(got)} cli ${JSON.stringify(want)}`);
  }

  // A search typed while the page is still routing the previous one (its hashchange not yet delivered: on a loaded
  // machine the browser can deliver it after the next keys) keeps the newer words: the late hashchange of the older
  // search must not put them back in the box (the static round once timed out here, waiting for 卫生许可).
  const kept = await page.evaluate(async () => {
    const q = document.getElementById('q'), form = document.getElementById('search-form');
    q.value = '药品'; q.dispatchEvent(new Event('input'));
    form.dispatchEvent(new Event('submit', { cancelable: true }));
    q.value = '营业执照'; q.dispatchEvent(new Event('input'));
    await new Promise(r => setTimeout(r, 400));
    return q.value;
  });
  check('words typed while the previous search is routed stay in the box', kept === '营业执照', kept);

  // Words typed, the list fetched for them while typing stops, then Enter: "more" still fetches the next page (the
  // served page once kept its list's query in a variable the shared routing also used, and Enter reset it to a number).
  await page.fill('#q', '');
  await page.waitForTimeout(400);
  await page.press('#q', 'Enter');
  await page.waitForFunction(() => document.getElementById('summary').textContent.includes('找到 44 个事项'));
  const firstPage = await page.locator('#results li.card').count();
  await page.click('#more');
  const allShown = await page.waitForFunction(() => document.querySelectorAll('#results li.card').length === 44).then(() => true, () => false);
  check('typing, a pause, then Enter: "more" shows the other items', firstPage === 30 && allShown,
    `${firstPage} cards, then ${await page.locator('#results li.card').count()}`);

  const callsBefore = facetCalls;
  const hygiene = await search('卫生许可');
  if (served) check('a search without filters asks for the facets once', facetCalls - callsBefore === 1, `${facetCalls - callsBefore} calls`);
  check('"卫生许可" finds 公共场所卫生许可 in all four regions',
    hygiene.length === 4 && hygiene.every(h => h.name === '公共场所卫生许可'), JSON.stringify(hygiene));
  check('the matched words are highlighted', (await page.$$eval('#results mark', ms => ms.map(m => m.textContent))).every(t => t === '卫生许可'));
  await shoot({ path: join(shots, 'catalogue-search.png') });

  // Facets: a province finds its cities' and counties' items.
  const callsBeforeRegion = facetCalls;
  await page.click('#facets button.opt:has-text("浙江省")');
  await page.waitForFunction(() => document.querySelectorAll('#results li.card').length === 1);
  if (served) check('with a region chosen, the facets are asked for twice (the regions without it, the others with it)', facetCalls - callsBeforeRegion === 2, `${facetCalls - callsBeforeRegion} calls`);
  check('the region facet 浙江省 keeps the item of 嘉兴市 only', (await page.textContent('#results li.card .meta span')).includes('浙江省嘉兴市'));
  await page.click('#facets button.opt:has-text("浙江省")');
  await page.waitForFunction(() => document.querySelectorAll('#results li.card').length === 4);
  check('clicking the selected region again clears the filter', true);

  await search('');
  const typeButton = page.locator('#facets button.opt:has-text("公共服务")');
  check('the item-type facet counts 8 public services', (await typeButton.locator('.count').textContent()) === '8');
  await typeButton.click();
  await page.waitForFunction(() => document.querySelectorAll('#results li.card').length === 8);
  check('the item-type facet keeps the 8 public services', true);
  await page.click('#clear');
  await page.waitForFunction(() => document.getElementById('summary').textContent.includes('找到 44 个事项'));

  // 主题分类: the theme facet counts and narrows as the others do (16 items are under 开办企业).
  const themeButton = page.locator('#facets button.opt:has-text("开办企业")');
  check('the theme facet counts 16 items under 开办企业', (await themeButton.locator('.count').textContent()) === '16');
  await themeButton.click();
  await page.waitForFunction(() => document.getElementById('summary').textContent.includes('找到 16 个事项'));
  check('the theme facet 开办企业 narrows the results to its 16 items', (await page.textContent('#summary')).includes('找到 16 个事项'));
  await page.click('#clear');
  // Wait for the cleared list itself: the served page's answer may come after the next search is typed.
  await page.waitForFunction(() => document.getElementById('summary').textContent.includes('找到 44 个事项'));

  // Open the item of 嘉兴市 and read its guide.
  await search('卫生许可');
  await page.click('#results li.card:has-text("嘉兴市") h2 a');
  await page.waitForSelector('#item-view:not([hidden]) h1');
  const materials = await page.$$eval('#item-view section.sec', secs => {
    const s = secs.find(x => x.querySelector('h2').textContent.startsWith('申请材料'));
    return [...s.querySelectorAll('tbody tr td:first-child')].map(td => td.textContent);
  });
  check('the item shows its 9 materials', materials.length === 9 && materials[0] === '公共场所卫生许可申请表', JSON.stringify(materials));
  // The last day of each limit for an acceptance date, on the State Council's notices (the same days as svcstd due).
  await page.fill('#accepted', '2026-09-30');
  await page.dispatchEvent('#accepted', 'change');
  const dueAfterNationalDay = await page.textContent('#item-view .due-text');
  check('the item page gives the last day of each limit after the National Day holiday as svcstd due does',
    dueAfterNationalDay === '承诺时限：受理后最迟 2026-10-15 办结；法定时限：受理后最迟 2026-11-03 办结。', dueAfterNationalDay);
  await page.fill('#accepted', '2026-12-20');
  await page.dispatchEvent('#accepted', 'change');
  const dueIntoUnknownYear = await page.textContent('#item-view .due-text');
  check('a due date in a year without a notice is not guessed',
    dueIntoUnknownYear === '承诺时限：受理后最迟 2026-12-29 办结；法定时限：超出已知的节假日安排（2020–2026 年），不作推算。', dueIntoUnknownYear);
  const result = await page.$$eval('#item-view section.sec', secs => secs.find(x => x.querySelector('h2').textContent.startsWith('审批结果')).textContent);
  check('the result\'s validity reads as written in Chinese (有效期 4 年, not P4Y)', result.includes('有效期 4 年') && !result.includes('P4Y'), result);
  const compared = await page.$$eval('#item-view table.compare tbody tr', rows => rows.map(r => r.textContent));
  check('the item is compared with the same item in 4 regions', compared.length === 4, JSON.stringify(compared));
  check('its own region is marked in the comparison', (await page.textContent('#item-view tr.current')).includes('嘉兴市'));
  const ld = JSON.parse(await page.$$eval('script[type="application/ld+json"]', s => s.length === 1 ? s[0].textContent : 'null'));
  check('the item view carries its schema.org GovernmentService JSON-LD',
    ld && ld['@type'] === 'GovernmentService' && ld.name === '公共场所卫生许可' && ld.areaServed.name === '嘉兴市' && ld.provider['@type'] === 'GovernmentOrganization',
    JSON.stringify(ld));
  await shoot({ path: join(shots, 'catalogue-item.png'), fullPage: true });
  await page.goBack();
  await page.waitForSelector('#list-view:not([hidden]) li.card');
  check('back returns to the results', (await page.$$('#results li.card')).length === 4);
  check('the list carries no item\'s JSON-LD', (await page.$$('script[type="application/ld+json"]')).length === 0);

  check(served ? 'no request leaves the served origin' : 'no request leaves the page (works offline)', outside.length === 0, outside.join(' '));
  check('no script error', errors.length === 0, errors.join(' | '));

  if (hostileSite) {
    const hostile = await browser.newPage();
    let dialogs = 0;
    hostile.on('dialog', d => { dialogs++; d.dismiss(); });
    await hostile.goto(address(hostileSite));
    await hostile.fill('#q', 'onerror');
    await hostile.press('#q', 'Enter');
    await hostile.waitForFunction(() => document.getElementById('summary').textContent.includes('onerror'));
    const name = await hostile.textContent('#results li.card h2 a');
    check('markup in an item name is shown as text', name.includes('<img src=x onerror=alert(1)></script>'), name);
    await hostile.click('#results li.card h2 a');
    await hostile.waitForSelector('#item-view:not([hidden]) h1');
    check('no markup of the data became an element', (await hostile.$$('#app img, #app script')).length === 0);
    check('no script of the data ran', dialogs === 0 && !(await hostile.title()).includes('pwned'));
  }
} finally {
  await browser.close();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
