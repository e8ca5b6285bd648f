/** Turns the figures into the one table `npm run bench` prints and writes to docs/benchmarks.md. */
import type { ScalingRun } from './build-scaling'
import { msPerPage } from './build-scaling'
import type { FirstLoadJs } from './first-load-js'
import type { LighthouseFigures } from './lighthouse'
import type { LoadWork } from './load-work'
import { isExact, type VoteBenchRun } from './reaction-votes'
import type { ReaderSectionThroughput } from './reader-section-throughput'
import type { RevalidateLatency } from './revalidate-latency'
import type { ScaleOutFigures } from './scale-out'
import type { SearchFigures } from './search'
import type { Throughput, ThroughputFigures } from './throughput'

export interface PageWeight {
  htmlBytes: number
  /** The inline RSC payload within that HTML. */
  payloadBytes: number
  /** The HTML gzipped, which is what a phone downloads. */
  gzipBytes: number
}

export interface BenchFigures {
  lighthouse?: {
    pages: LighthouseFigures[]
    /** The floor: a bare App Router page of its own app (tests/bench/floor), which the goals are set against. */
    floor?: LighthouseFigures[]
    /** The site's root layout with no content (/bench/bare). */
    bare: LighthouseFigures[]
    /** Bare pages padded to each page's weight, and which one belongs to which page. */
    weighted?: LighthouseFigures[]
    weightedPathOf?: Record<string, string>
  }
  weights?: { pages: Record<string, PageWeight>; floor?: PageWeight }
  loadWork?: { floor: LoadWork; bare: LoadWork; pages: LoadWork[] }
  firstLoadJs?: { pages: FirstLoadJs[]; bare: FirstLoadJs }
  throughput?: ThroughputFigures
  scaling?: { bundled: ScalingRun; synthetic: ScalingRun }
  revalidate?: RevalidateLatency
  votes?: VoteBenchRun[]
  readerSection?: ReaderSectionThroughput[]
  search?: SearchFigures
  scaleOut?: ScaleOutFigures
  /** Sections that could not be measured, with the first line of their error. */
  failed?: { section: string; reason: string }[]
}

type Row = [check: string, subject: string, figure: string, baseline: string, goal: string, met: string]

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`
const ms = (value: number) => `${Math.round(value).toLocaleString('en-US')} ms`
const seconds = (value: number) => `${(value / 1000).toFixed(1)} s`
const ratio = (value: number) => `×${value.toFixed(2)}`
const verdict = (ok: boolean) => (ok ? 'yes' : '**no**')

/** The mobile goals of the mobile-speed work, against the floor of the same run. */
export const mobileGoals = { pointsBelowFloor: 5, lcpOverFloorMs: 500, tbtTimesFloor: 1.5, domElements: 800 }
export const maxHtmlBytes = 60 * 1024
/**
 * The measures proposed where the goals above cannot be told from noise or met without taking
 * widgets off the pages (docs/performance.md): what a phone downloads, and main-thread blocking
 * beyond that of plain paragraphs of the same weight.
 */
export const proposedGoals = { maxGzipBytes: 25 * 1024, tbtOverSameWeightMs: 200 }

const metrics = (run: LighthouseFigures) =>
  `LCP ${seconds(run.lcpMs)} · CLS ${run.cls.toFixed(3)} · TBT ${ms(run.tbtMs)}`
const spread = (run: LighthouseFigures) =>
  run.performanceRuns.length > 1 ? ` (runs ${run.performanceRuns.join(', ')})` : ''

function lighthouseRows({
  pages,
  floor = [],
  bare,
  weighted = [],
  weightedPathOf = {},
}: NonNullable<BenchFigures['lighthouse']>): Row[] {
  return pages.map((page) => {
    const mobile = page.formFactor === 'mobile'
    const ground = floor.find((run) => run.formFactor === page.formFactor)
    const layoutOnly = bare.find((run) => run.formFactor === page.formFactor)
    const sameWeight = weighted.find(
      (run) => run.formFactor === page.formFactor && run.path === weightedPathOf[page.path],
    )
    const fast = mobile
      ? ground !== undefined &&
        page.performance >= ground.performance - mobileGoals.pointsBelowFloor &&
        page.lcpMs <= ground.lcpMs + mobileGoals.lcpOverFloorMs &&
        page.tbtMs <= ground.tbtMs * mobileGoals.tbtTimesFloor
      : page.performance === 100
    const ok =
      fast &&
      page.accessibility === 100 &&
      page.bestPractices === 100 &&
      page.seo === 100 &&
      !(page.domElements >= mobileGoals.domElements)
    const proposedOk = sameWeight && mobile ? page.tbtMs <= sameWeight.tbtMs + proposedGoals.tbtOverSameWeightMs : null
    const phases = page.lcpPhases.map((phase) => `${phase.label.toLowerCase()} ${ms(phase.ms)}`).join(', ')
    const beside = [
      ground && `floor: perf ${ground.performance}${spread(ground)} · ${metrics(ground)}`,
      layoutOnly && `site layout only (${layoutOnly.path}): perf ${layoutOnly.performance} · ${metrics(layoutOnly)}`,
      sameWeight && `same weight (${sameWeight.path}): perf ${sameWeight.performance} · ${metrics(sameWeight)}`,
    ]
    return [
      `Lighthouse, ${page.formFactor}`,
      page.path,
      `perf ${page.performance}${spread(page)} · a11y ${page.accessibility} · best practices ${page.bestPractices} · ` +
        `SEO ${page.seo} · ${metrics(page)} · DOM ${page.domElements} elements · LCP element ${page.lcpElement}` +
        (phases ? ` (${phases})` : ''),
      beside.filter(Boolean).join('; '),
      mobile
        ? `perf ≥ floor − ${mobileGoals.pointsBelowFloor}, LCP ≤ floor + ${mobileGoals.lcpOverFloorMs} ms, TBT ≤ ` +
          `${mobileGoals.tbtTimesFloor} × floor; a11y, best practices, SEO 100; DOM < ${mobileGoals.domElements}` +
          ` (proposed: TBT ≤ same weight + ${proposedGoals.tbtOverSameWeightMs} ms)`
        : `perf, a11y, best practices, SEO 100; DOM < ${mobileGoals.domElements}`,
      verdict(ok) + (proposedOk === null ? '' : ` (proposed: ${verdict(proposedOk)})`),
    ]
  })
}

function weightRows({ pages, floor }: NonNullable<BenchFigures['weights']>): Row[] {
  return Object.entries(pages).map(([path, weight]) => {
    const proposedOk = weight.gzipBytes <= proposedGoals.maxGzipBytes
    return [
      'Page weight (HTML)',
      path,
      `${kB(weight.htmlBytes)}, of which inline RSC payload ${kB(weight.payloadBytes)}; gzip ${kB(weight.gzipBytes)}`,
      floor ? `floor: ${kB(floor.htmlBytes)}, payload ${kB(floor.payloadBytes)}, gzip ${kB(floor.gzipBytes)}` : '—',
      `≤ ${kB(maxHtmlBytes)} (proposed: ≤ ${kB(proposedGoals.maxGzipBytes)} gzip)`,
      `${verdict(weight.htmlBytes <= maxHtmlBytes)} (proposed: ${verdict(proposedOk)})`,
    ]
  })
}

const work = (run: LoadWork) =>
  `main thread ${ms(run.taskMs)} (runs ${run.taskRuns.map((value) => value.toLocaleString('en-US')).join(', ')}) · ` +
  `script ${ms(run.scriptMs)} · style and layout ${ms(run.styleLayoutMs)} · ${run.requests} requests, ` +
  `${run.routePrefetches} route prefetches (${kB(run.routePrefetchBytes)})`

function loadWorkRows({ floor, bare, pages }: NonNullable<BenchFigures['loadWork']>): Row[] {
  return pages.map((page) => [
    'Start-up work, phone (4× CPU, 3 s after load)',
    page.path,
    work(page),
    `floor: ${work(floor)}; site layout only (${bare.path}): ${work(bare)}`,
    'reported beside the floor',
    '—',
  ])
}

function firstLoadRows(pages: FirstLoadJs[], bare: FirstLoadJs): Row[] {
  return pages.map((page) => [
    'First-load JS (gzip)',
    page.path,
    `${kB(page.gzipBytes)} in ${page.scriptFiles} files (${ratio(page.gzipBytes / bare.gzipBytes)}); inline ` +
      `${kB(page.inlineBytes)}`,
    `${kB(bare.gzipBytes)} in ${bare.scriptFiles} files; inline ${kB(bare.inlineBytes)}`,
    'reported as a ratio to bare',
    '—',
  ])
}

const load = (run: Throughput) =>
  `${Math.round(run.requestsPerSecond).toLocaleString('en-US')} req/s · p50 ${ms(run.p50Ms)} · p99 ${ms(run.p99Ms)} ` +
  `· ${run.errors} errors · ${run.non2xx} non-2xx`

function throughputRows({ review, bare, weighted, ceiling }: ThroughputFigures): Row[] {
  const share = review.requestsPerSecond / bare.requestsPerSecond
  return [
    [
      'Throughput, next start',
      review.label,
      `${load(review)} (${ratio(share)} bare)`,
      load(bare),
      '≥ 0.9 × bare, 0 errors',
      verdict(share >= 0.9 && review.errors === 0 && review.non2xx === 0),
    ],
    [
      'Throughput, same weight',
      weighted.label,
      `${load(weighted)} (review page reaches ${ratio(review.requestsPerSecond / weighted.requestsPerSecond)})`,
      '—',
      'reference',
      '—',
    ],
    [
      'Throughput ceiling',
      ceiling.label,
      `${load(ceiling)} (review page reaches ${ratio(review.requestsPerSecond / ceiling.requestsPerSecond)})`,
      '—',
      'reference',
      '—',
    ],
  ]
}

function scalingRows({ bundled, synthetic }: NonNullable<BenchFigures['scaling']>): Row[] {
  const describe = (run: ScalingRun) => {
    const generation = run.generationMs === null ? '' : ` · static generation ${ms(run.generationMs / run.pages)}/page`
    return (
      `${seconds(run.wallMs)} for ${run.pages} pages (${run.documents} documents) · ` +
      `${ms(msPerPage(run))}/page${generation}`
    )
  }
  return [
    ['Build scaling', bundled.dataset, describe(bundled), '—', 'baseline', '—'],
    [
      'Build scaling',
      synthetic.dataset,
      describe(synthetic),
      `${ms(msPerPage(bundled))}/page on the bundled dataset`,
      'ms/page does not grow',
      verdict(msPerPage(synthetic) <= msPerPage(bundled)),
    ],
  ]
}

export function benchTable(figures: BenchFigures): string {
  const rows: Row[] = []
  if (figures.lighthouse) rows.push(...lighthouseRows(figures.lighthouse))
  if (figures.weights) rows.push(...weightRows(figures.weights))
  if (figures.loadWork) rows.push(...loadWorkRows(figures.loadWork))
  if (figures.firstLoadJs) rows.push(...firstLoadRows(figures.firstLoadJs.pages, figures.firstLoadJs.bare))
  if (figures.throughput) rows.push(...throughputRows(figures.throughput))
  if (figures.scaling) rows.push(...scalingRows(figures.scaling))
  if (figures.revalidate) {
    const { edits, p50Ms, maxMs } = figures.revalidate
    rows.push([
      'Webhook to fresh page',
      `${edits} edits of a review`,
      `p50 ${ms(p50Ms)} · max ${ms(maxMs)}`,
      '—',
      'p50 < 1,000 ms',
      verdict(p50Ms < 1000),
    ])
  }
  for (const page of figures.readerSection ?? []) {
    const share = page.on.requestsPerSecond / page.off.requestsPerSecond
    rows.push([
      'Throughput, reader section',
      page.path,
      `${load(page.on)} (${ratio(share)} of the page without it; ${kB(page.bytes.on)} against ${kB(page.bytes.off)})`,
      `READER_REACTIONS=off: ${load(page.off)}`,
      '≥ 0.9 × without, 0 errors',
      verdict(share >= 0.9 && page.on.errors === 0 && page.on.non2xx === 0),
    ])
  }
  if (figures.scaleOut) {
    const { ownCache, oneInstance, behindNginx, behindNginxCached, ceiling, webhookToOtherInstance } = figures.scaleOut
    const against = (run: Throughput) =>
      `${ratio(run.requestsPerSecond / oneInstance.requestsPerSecond)} of one instance`
    const noErrors = (run: Throughput) => run.errors === 0 && run.non2xx === 0
    rows.push(
      [
        'Scale-out, review page',
        'one instance with the Redis cache',
        `${load(oneInstance)} (${ratio(oneInstance.requestsPerSecond / ownCache.requestsPerSecond)} of its own cache)`,
        `one instance, own cache: ${load(ownCache)}`,
        '0 errors',
        verdict(noErrors(oneInstance)),
      ],
      [
        'Scale-out, review page',
        'two instances behind nginx, no proxy cache',
        `${load(behindNginx)} (${against(behindNginx)})`,
        '—',
        '0 errors',
        verdict(noErrors(behindNginx)),
      ],
      [
        'Scale-out, review page',
        'two instances behind nginx with its proxy cache',
        `${load(behindNginxCached)} (${against(behindNginxCached)}; ` +
          `${ratio(behindNginxCached.requestsPerSecond / ceiling.requestsPerSecond)} of the static ceiling)`,
        `static server, same HTML: ${load(ceiling)}`,
        '0 errors',
        verdict(noErrors(behindNginxCached)),
      ],
      [
        'Scale-out, webhook',
        `to instance A, fresh page on instance B (${webhookToOtherInstance.edits} edits)`,
        `p50 ${ms(webhookToOtherInstance.p50Ms)} · max ${ms(webhookToOtherInstance.maxMs)}`,
        '—',
        'max ≤ 2,000 ms',
        verdict(webhookToOtherInstance.maxMs <= 2000),
      ],
    )
  }
  for (const run of figures.votes ?? [])
    rows.push([
      `Reader votes, ${run.dialect === 'sqlite' ? 'SQLite' : 'PostgreSQL'}`,
      `${run.votes.toLocaleString('en-US')} votes from ${run.readers} concurrent readers on one review`,
      `counted ${run.counted.helpful} helpful / ${run.counted.notHelpful} not (expected ` +
        `${run.expected.helpful} / ${run.expected.notHelpful}) · write p50 ${run.p50Ms.toFixed(1)} ms · ` +
        `p99 ${run.p99Ms.toFixed(1)} ms · ${Math.round(run.votes / (run.wallMs / 1000))} votes/s`,
      '—',
      'count exact',
      verdict(isExact(run)),
    ])
  const count = (value: number) => value.toLocaleString('en-US')
  for (const run of figures.search?.runs ?? []) {
    rows.push([
      'Search query latency (in process)',
      `${run.dataset}: ${count(run.documents)} documents, ${count(run.indexed)} indexed`,
      `${count(run.queries)} queries · p50 ${run.p50Ms.toFixed(2)} ms · ` +
        `p95 ${run.p95Ms.toFixed(2)} ms · max ${run.maxMs.toFixed(1)} ms`,
      '—',
      'p95 < 10 ms',
      verdict(run.p95Ms < 10),
    ])
    rows.push([
      'Search index build',
      run.dataset,
      `GROQ read ${ms(run.readMs)} · index build ${ms(run.buildMs)} · heap ${run.heapMB.toFixed(1)} MB`,
      '—',
      '—',
      '—',
    ])
  }
  if (figures.search) {
    const { total, first, misses } = figures.search.relevance
    rows.push([
      'Search relevance',
      'bundled dataset, tests/search/relevance-table.ts',
      `${first} of ${total} queries find the expected first result` +
        (misses.length ? `; missed: ${misses.join('; ')}` : ''),
      '—',
      'all first',
      verdict(first === total),
    ])
  }
  for (const { section, reason } of figures.failed ?? [])
    rows.push([section, '—', `not measured: ${reason}`, '—', '—', '**no**'])
  const header: Row = ['check', 'page or subject', 'figure', 'baselines (same run)', 'goal', 'met']
  const line = (cells: string[]) => `| ${cells.map((cell) => cell.replace(/\|/g, '\\|')).join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')
}

/** Audits that kept a score below 100, listed under the table. */
export function lighthouseFailures(pages: LighthouseFigures[]): string[] {
  return pages.flatMap((page) => page.failures.map((failure) => `${page.path} (${page.formFactor}) ${failure}`))
}
