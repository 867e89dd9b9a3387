import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

const INSTALL_HINT = 'apt-get install -y chromium fonts-noto-cjk';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/lib/chromium/chromium', '/snap/bin/chromium'];

/** The Chromium to drive: `CHROME_PATH` when set, else Debian's or Ubuntu's package. */
export function findChromium(): string | null {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH=${fromEnv} does not exist`);
  }
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

/** Whether a browser can be launched here (for `it.skipIf(!hasChromium)`). Throws under CI=true when none is. */
export function chromiumAvailable(): boolean {
  const path = findChromium();
  if (path) return true;
  if (process.env.CI === 'true') {
    throw new Error(`Chromium not found (set CHROME_PATH or run: ${INSTALL_HINT}); browser tests cannot be skipped in CI.`);
  }
  console.warn(
    `\n${'!'.repeat(78)}\n!! Chromium not found: the browser (e2e) tests are SKIPPED.\n!! Install it with: ${INSTALL_HINT}\n!! (or set CHROME_PATH). Never use \`npx playwright install\` here.\n${'!'.repeat(78)}\n`,
  );
  return false;
}

/**
 * Launch the system Chromium through playwright-core, or return null (with a loud line)
 * when there is none; under CI=true a missing browser is an error, never a silent skip.
 */
export async function launchBrowser(): Promise<Browser | null> {
  if (!chromiumAvailable()) return null;
  const executablePath = findChromium()!;
  return chromium.launch({
    executablePath,
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
}
