#!/usr/bin/env node
// Runs axe-core on HTML files in headless Chromium and prints what it found, as JSON.
//
//   node axe.js CHROMIUM FILE.html...
//
// CHROMIUM is the browser binary (Debian's chromium); playwright-core drives it and downloads
// no browser of its own. Each file is opened as a file:// page, axe-core is injected, and
// `axe.run` runs every rule it runs by default (the WCAG 2.0, 2.1 and 2.2 A and AA rules and
// axe's best practices) and `target-size` (WCAG 2.2 AA 2.5.8, off by default).
// Printed on stdout: one JSON array, one object per file:
// {"file", "violations": [{"id", "impact", "help", "nodes": [{"target", "summary"}]}]}.
// The exit code is 0 when no file has a violation, 1 when some have, 2 on a usage or browser
// error. The page gets no network: every request other than the file itself is refused.

'use strict';

const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');

async function main() {
  const [exe, ...files] = process.argv.slice(2);
  if (!exe || files.length === 0) {
    console.error('usage: node axe.js CHROMIUM FILE.html...');
    return 2;
  }
  const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  // The same flags as the other Chromium tests: no sandbox (root), no background traffic.
  const browser = await chromium.launch({
    executablePath: exe,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const results = [];
  try {
    const page = await browser.newPage();
    await page.route('**/*', (route) =>
      route.request().url().startsWith('file:') ? route.continue() : route.abort());
    for (const file of files) {
      const url = 'file://' + path.resolve(file);
      await page.goto(url, { waitUntil: 'load' });
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        // eslint-disable-next-line no-undef
        const r = await axe.run(document, {
          resultTypes: ['violations'],
          rules: { 'target-size': { enabled: true } },
        });
        return r.violations.map((v) => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          nodes: v.nodes.map((n) => ({ target: n.target, summary: n.failureSummary })),
        }));
      });
      results.push({ file, violations });
    }
  } finally {
    await browser.close();
  }
  process.stdout.write(JSON.stringify(results, null, 2) + '\n');
  return results.some((r) => r.violations.length > 0) ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(String(err && err.stack ? err.stack : err));
    process.exit(2);
  },
);
