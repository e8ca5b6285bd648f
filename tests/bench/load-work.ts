/**
 * What a phone does to start a page: main-thread time (Chromium's own task accounting at 4× CPU
 * slowdown, a mid-range phone's pace), requests and route prefetches in the first seconds after
 * load. Lighthouse's TBT is derived from the same work but swings with every task on this shared
 * machine; the sums here move less between runs, so they show what a change to a page did.
 */
import { type Browser, chromium } from '@playwright/test'

import { chromiumPath } from './lighthouse'

export interface LoadWork {
  path: string
  /** Medians over the runs. */
  taskMs: number
  scriptMs: number
  styleLayoutMs: number
  requests: number
  routePrefetches: number
  routePrefetchBytes: number
  /** Main-thread time of each run, to show the spread. */
  taskRuns: number[]
}

const CPU_SLOWDOWN = 4
const SETTLE_MS = 3000
const PHONE = { viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true }

const median = (values: number[]) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)]

type Sample = Omit<LoadWork, 'path' | 'taskRuns'>

async function loadOnce(browser: Browser, url: string): Promise<Sample> {
  const context = await browser.newContext(PHONE)
  try {
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN })
    await cdp.send('Performance.enable')
    let requests = 0
    const prefetches: Promise<number>[] = []
    page.on('request', (request) => {
      requests++
      prefetches.push(
        request.allHeaders().then(async (headers) => {
          if (!headers['next-router-prefetch']) return -1
          const response = await request.response()
          return (await response?.body().catch(() => null))?.length ?? 0
        }),
      )
    })
    await page.goto(url, { waitUntil: 'load' })
    await page.waitForTimeout(SETTLE_MS)
    const { metrics } = await cdp.send('Performance.getMetrics')
    const metric = (name: string) => (metrics.find((entry) => entry.name === name)?.value ?? 0) * 1000
    const prefetchSizes = (await Promise.all(prefetches)).filter((bytes) => bytes >= 0)
    return {
      taskMs: metric('TaskDuration'),
      scriptMs: metric('ScriptDuration'),
      styleLayoutMs: metric('RecalcStyleDuration') + metric('LayoutDuration'),
      requests,
      routePrefetches: prefetchSizes.length,
      routePrefetchBytes: prefetchSizes.reduce((sum, bytes) => sum + bytes, 0),
    }
  } finally {
    await context.close()
  }
}

/** Each target loaded `runs` times in a fresh phone-sized context; medians are kept. */
export async function measureLoadWork(targets: { path: string; url: string }[], runs: number): Promise<LoadWork[]> {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'],
  })
  try {
    const results: LoadWork[] = []
    for (const { path, url } of targets) {
      const samples: Sample[] = []
      for (let run = 0; run < runs; run++) samples.push(await loadOnce(browser, url))
      const of = (key: keyof Sample) => median(samples.map((sample) => sample[key]))
      results.push({
        path,
        taskMs: of('taskMs'),
        scriptMs: of('scriptMs'),
        styleLayoutMs: of('styleLayoutMs'),
        requests: of('requests'),
        routePrefetches: of('routePrefetches'),
        routePrefetchBytes: of('routePrefetchBytes'),
        taskRuns: samples.map((sample) => Math.round(sample.taskMs)),
      })
    }
    return results
  } finally {
    await browser.close()
  }
}
