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
  /** Titles of failing audits outside performance, so a score below 100 says why. */
  failures: string[]
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
    failures: failingAudits(lhr),
  }
}

/** The run whose performance score is the median (the lower middle for an even count). */
export function medianRun(runs: LighthouseFigures[]): LighthouseFigures {
  const sorted = [...runs].sort((a, b) => a.performance - b.performance || a.tbtMs - b.tbtMs)
  return sorted[Math.floor((sorted.length - 1) / 2)]
}

// Lighthouse itself says to run again when a trace comes back broken (NO_NAVSTART and the like).
const attemptsPerRun = 3

async function auditOnce(
  port: number,
  origin: string,
  path: string,
  formFactor: FormFactor,
): Promise<LighthouseFigures> {
  for (let attempt = 1; ; attempt++) {
    const answer = await lighthouse(
      origin + path,
      { port, output: 'json', logLevel: 'error', onlyCategories: categories },
      formFactor === 'desktop' ? desktopConfig : undefined,
    )
    if (!answer) throw new Error(`Lighthouse returned nothing for ${path}`)
    if (!answer.lhr.runtimeError || attempt === attemptsPerRun) return figuresFrom(answer.lhr, path, formFactor)
    console.warn(`[bench] Lighthouse ${path} (${formFactor}): ${answer.lhr.runtimeError.code}; running it again`)
  }
}

export async function measureLighthouse(origin: string, paths: string[], runs: number): Promise<LighthouseFigures[]> {
  const results: LighthouseFigures[] = []
  for (const formFactor of ['mobile', 'desktop'] as const) {
    const chrome = await launch({ chromePath: chromiumPath, chromeFlags, logLevel: 'silent' })
    try {
      const byPath = new Map<string, LighthouseFigures[]>(paths.map((path) => [path, []]))
      for (let run = 0; run < runs; run++) {
        for (const path of paths) {
          byPath.get(path)!.push(await auditOnce(chrome.port, origin, path, formFactor))
        }
      }
      for (const path of paths) results.push(medianRun(byPath.get(path)!))
    } finally {
      chrome.kill()
    }
  }
  return results
}
