/**
 * Headless Chromium for the report's browser tests: Debian's `chromium` package (CI installs
 * it with apt-get in .ci/run), driven by playwright-core, which never downloads a browser.
 */
import fs from 'node:fs'
import {chromium, type Browser} from 'playwright-core'

export const chromiumPath = process.env.YOUFIRST_CHROMIUM ?? '/usr/bin/chromium'

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
]

export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(chromiumPath)) {
    throw new Error(`${chromiumPath} not found: install Debian's chromium package (apt-get install chromium), or set YOUFIRST_CHROMIUM`)
  }
  return chromium.launch({executablePath: chromiumPath, args: chromiumArgs})
}
