import { copyFileSync, cpSync, existsSync, mkdirSync, rmSync } from 'node:fs'
import { dirname } from 'node:path'
import { defineConfig, devices } from '@playwright/test'
import {
  e2eDatasetFile,
  e2eModerationSecret,
  e2ePreviewSecret,
  e2eReactionsFile,
  e2eReaderCookieSecret,
  e2eRevalidateSecret,
} from './tests/e2e/runtime'

// Debian's Chromium, never a downloaded browser.
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
if (!existsSync(chromium)) {
  console.error(
    `Chromium not found at ${chromium}. Install it with: sudo apt-get install -y chromium (or set CHROMIUM_PATH).`,
  )
  process.exit(1)
}

// A fresh copy for every run, made once in the main process (workers load this file too).
if (!process.env.TEST_WORKER_INDEX) {
  rmSync(dirname(e2eDatasetFile), { recursive: true, force: true })
  mkdirSync(dirname(e2eDatasetFile), { recursive: true })
  copyFileSync('sanity/seed/dataset.ndjson', e2eDatasetFile)
  // The dataset names its images relative to itself, as Sanity's export format does.
  cpSync('sanity/seed/images', `${dirname(e2eDatasetFile)}/images`, { recursive: true })
}

const port = Number(process.env.E2E_PORT ?? 3210)
export const e2eBaseUrl = `http://127.0.0.1:${port}`

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  reporter: [['list']],
  use: {
    baseURL: e2eBaseUrl,
    launchOptions: {
      executablePath: chromium,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    command: `next start --hostname 127.0.0.1 --port ${port}`,
    url: e2eBaseUrl,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      NEXT_TELEMETRY_DISABLED: '1',
      BUNDLED_DATASET_FILE: e2eDatasetFile,
      SANITY_PREVIEW_SECRET: e2ePreviewSecret,
      SANITY_REVALIDATE_SECRET: e2eRevalidateSecret,
      READER_COOKIE_SECRET: e2eReaderCookieSecret,
      MODERATION_SECRET: e2eModerationSecret,
      // Removed with the rest of .runtime before each run, so every run starts from the sample reactions.
      REACTIONS_SQLITE_FILE: e2eReactionsFile,
    },
  },
})
