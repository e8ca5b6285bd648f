/**
 * Lighthouse (the npm package) on Debian's Chromium: performance, accessibility, best practices
 * and SEO for each page, mobile and desktop. Each page is measured `runs` times, round-robin so
 * machine noise spreads evenly, and the run with the median performance score is reported, as
 * Lighthouse's own guidance on variability recommends.
 */
import { launch } from 'chrome-launcher'
import lighthouse, { desktopConfig, type Result } from 'lighthouse'

export type FormFactor = 'mobile' | 'desktop'

export interface LighthouseFigures {
  path: string
  formFactor: FormFactor
  performance: number
  accessibility: number
  bestPractices: number
  seo: number
  lcpMs: number
  cls: number
  tbtMs: number
  /** Elements in the DOM after load (Lighthouse's DOM-size insight). */
  domElements: number
  /** The largest contentful paint's element and where its time went (TTFB, load delay, render delay...). */
  lcpElement: string
  lcpPhases: { label: string; ms: number }[]
  /** Every run's performance score, lowest first (filled in by measureLighthouse). */
  performanceRuns: number[]
  /** Titles of failing audits outside performance, so a score below 100 says why. */
  failures: string[]
}

interface LcpBreakdownDetails {
  items?: (
    | { type: 'table'; items?: { label?: string; duration?: number }[] }
    | { type: 'node'; selector?: string; nodeLabel?: string }
  )[]
}

function lcpBreakdown(lhr: Result): Pick<LighthouseFigures, 'lcpElement' | 'lcpPhases'> {
  const details = lhr.audits['lcp-breakdown-insight']?.details as LcpBreakdownDetails | undefined
  let lcpElement = 'unknown'
  let lcpPhases: LighthouseFigures['lcpPhases'] = []
  for (const item of details?.items ?? []) {
    if (item.type === 'node') lcpElement = `${item.selector ?? '?'} "${(item.nodeLabel ?? '').slice(0, 40)}"`
    if (item.type === 'table')
      lcpPhases = (item.items ?? []).map((phase) => ({ label: phase.label ?? '?', ms: phase.duration ?? NaN }))
  }
  return { lcpElement, lcpPhases }
}

export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium'
const chromeFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
const categories = ['performance', 'accessibility', 'best-practices', 'seo']

/**
 * How the load is slowed. Lighthouse's default, 'simulate', loads unthrottled and estimates the
 * slow load from it: on loopback a page's scripts have arrived before its first paint, so they
 * count in its estimated LCP. 'devtools' slows the load itself, so LCP is what a phone would see
 * (docs/performance.md, "What a phone waits for"). BENCH_LIGHTHOUSE_THROTTLING chooses.
 */
export const throttlingMethod = lighthouseThrottling(process.env.BENCH_LIGHTHOUSE_THROTTLING)

export function lighthouseThrottling(value: string | undefined): 'simulate' | 'devtools' {
  if (value === undefined || value === '' || value === 'simulate') return 'simulate'
  if (value === 'devtools') return 'devtools'
  throw new Error(`BENCH_LIGHTHOUSE_THROTTLING must be simulate or devtools, not "${value}"`)
}

function score(lhr: Result, category: string): number {
  return Math.round((lhr.categories[category]?.score ?? 0) * 100)
}

/** The first offending item (an element, a URL, a console message), so the failure is actionable. */
function firstItemHint(audit: Result['audits'][string]): string {
  const details = audit.details as { items?: Record<string, unknown>[] } | undefined
  const item = details?.items?.[0]
  if (!item) return ''
  const location = item.sourceLocation as { url?: string } | undefined
  const node = item.node as { snippet?: string } | undefined
  const hint = [location?.url ?? item.url, item.description, node?.snippet]
    .filter((part) => typeof part === 'string' && part !== '')
    .join(': ')
  return hint ? ` (${hint.slice(0, 160)})` : ''
}

function failingAudits(lhr: Result): string[] {
  const failing = new Set<string>()
  for (const category of categories.slice(1)) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id]
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1)
        failing.add(`${category}: ${audit.title}${firstItemHint(audit)}`)
    }
  }
  return [...failing]
}

export function figuresFrom(lhr: Result, path: string, formFactor: FormFactor): LighthouseFigures {
  if (lhr.runtimeError)
    throw new Error(`Lighthouse could not measure ${path} (${formFactor}): ${lhr.runtimeError.message}`)
  return {
    path,
    formFactor,
    performance: score(lhr, 'performance'),
    accessibility: score(lhr, 'accessibility'),
    bestPractices: score(lhr, 'best-practices'),
    seo: score(lhr, 'seo'),
    lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
    cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN,
    tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? NaN,
    domElements: lhr.audits['dom-size-insight']?.numericValue ?? NaN,
    ...lcpBreakdown(lhr),
    performanceRuns: [],
    failures: failingAudits(lhr),
  }
}

/** The run whose performance score is the median (the lower middle for an even count), with every run's score. */
export function medianRun(runs: LighthouseFigures[]): LighthouseFigures {
  const sorted = [...runs].sort((a, b) => a.performance - b.performance || a.tbtMs - b.tbtMs)
  return { ...sorted[Math.floor((sorted.length - 1) / 2)], performanceRuns: sorted.map((run) => run.performance) }
}

/** What Lighthouse loads: `path` names it in the figures, `url` may be on another server (the floor). */
export interface LighthouseTarget {
  path: string
  url: string
}

// Lighthouse itself says to run again when a trace comes back broken (NO_NAVSTART and the like).
const attemptsPerRun = 3

async function auditOnce(port: number, { path, url }: LighthouseTarget, formFactor: FormFactor) {
  for (let attempt = 1; ; attempt++) {
    const answer = await lighthouse(
      url,
      { port, output: 'json', logLevel: 'error', onlyCategories: categories, throttlingMethod },
      formFactor === 'desktop' ? desktopConfig : undefined,
    )
    if (!answer) throw new Error(`Lighthouse returned nothing for ${path}`)
    if (!answer.lhr.runtimeError || attempt === attemptsPerRun) return figuresFrom(answer.lhr, path, formFactor)
    console.warn(`[bench] Lighthouse ${path} (${formFactor}): ${answer.lhr.runtimeError.code}; running it again`)
  }
}

export async function measureLighthouse(
  targets: LighthouseTarget[],
  runs: Record<FormFactor, number>,
): Promise<LighthouseFigures[]> {
  const results: LighthouseFigures[] = []
  for (const formFactor of ['mobile', 'desktop'] as const) {
    if (runs[formFactor] === 0) continue
    const chrome = await launch({ chromePath: chromiumPath, chromeFlags, logLevel: 'silent' })
    try {
      const byPath = new Map<string, LighthouseFigures[]>(targets.map((target) => [target.path, []]))
      for (let run = 0; run < runs[formFactor]; run++) {
        for (const target of targets) {
          byPath.get(target.path)!.push(await auditOnce(chrome.port, target, formFactor))
        }
      }
      for (const target of targets) results.push(medianRun(byPath.get(target.path)!))
    } finally {
      chrome.kill()
    }
  }
  return results
}
