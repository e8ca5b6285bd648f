/**
 * `npm run bench`: builds the site into its own distDir, serves it with `next start` on loopback,
 * and measures Lighthouse scores, first-load JavaScript, throughput, build scaling and
 * webhook-to-fresh-page latency, each beside a bare page from the same build and server. Prints
 * one table; a full run also writes it, dated, to docs/benchmarks.md.
 *
 *   npm run bench                                  everything (about 50 minutes on 2 cores)
 *   npm run bench -- --only=lighthouse,js          some sections (printed, not written)
 *   npm run bench -- --only=throughput --reuse-build   measure an existing bench build
 *   npm run bench -- --only=lighthouse --pages=review,series   some kinds of page (see measuredPages in pages.ts)
 *
 * Sections: lighthouse, load-work, js, throughput, reader-section, scaling, revalidate, votes, search, scale-out.
 * BENCH_LIGHTHOUSE_RUNS (default 5) and BENCH_LIGHTHOUSE_DESKTOP_RUNS (default 3) set the Lighthouse
 * runs per page; the median is kept. BENCH_LIGHTHOUSE_THROTTLING=devtools slows the load itself instead of
 * simulating it. The floor page (tests/bench/floor) is built and served beside the site.
 * BENCH_LOAD_RUNS (default 5) sets the phone loads per page of the load-work section.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { buildSyntheticCatalogue, documentCount, type ScalingRun } from './build-scaling'
import { measureFirstLoadJs, pageWeight } from './first-load-js'
import { floorPath, startFloor } from './floor-page'
import { chromiumPath, measureLighthouse, throttlingMethod } from './lighthouse'
import { measureLoadWork } from './load-work'
import { buildNext } from './next-build'
import { startNextServer } from './next-server'
import { checkBaselines } from './baselines'
import {
  barePath,
  benchBuildEnv,
  benchDistDir,
  measuredPages,
  ports,
  reviewPath,
  scalingDistDir,
  weightedBarePath,
} from './pages'
import { type BenchFigures, benchTable, lighthouseFailures, type PageWeight } from './report'
import { measureReactionVotes } from './reaction-votes'
import { measureReaderSectionThroughput } from './reader-section-throughput'
import { measureRevalidateLatency } from './revalidate-latency'
import { measureScaleOut } from './scale-out'
import { measureSearch } from './search'
import { measureThroughput } from './throughput'

const sections = [
  'lighthouse',
  'load-work',
  'js',
  'throughput',
  'reader-section',
  'scaling',
  'revalidate',
  'votes',
  'search',
  'scale-out',
] as const
type Section = (typeof sections)[number]

const args = process.argv.slice(2)
const onlyArg = args.find((arg) => arg.startsWith('--only='))
const selected = new Set<Section>(onlyArg ? (onlyArg.slice('--only='.length).split(',') as Section[]) : sections)
for (const section of selected) {
  if (!sections.includes(section)) throw new Error(`Unknown section "${section}"; choose from ${sections.join(', ')}.`)
}
const reuseBuild = args.includes('--reuse-build')
const fullRun = selected.size === sections.length && !args.some((arg) => arg.startsWith('--pages='))
// The mobile goals are medians of five runs; desktop only has to stay at 100.
const lighthouseRuns = {
  mobile: Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 5),
  desktop: Number(process.env.BENCH_LIGHTHOUSE_DESKTOP_RUNS ?? 3),
}
const loadWorkRuns = Number(process.env.BENCH_LOAD_RUNS ?? 5)

const bundledDataset = 'sanity/seed/dataset.ndjson'
const siteOrigin = `http://127.0.0.1:${ports.next}`
// Canonical URLs then name the origin Lighthouse loads, as they would in production.
const siteEnv = { ...benchBuildEnv, BUNDLED_DATASET_FILE: bundledDataset, NEXT_PUBLIC_SITE_URL: siteOrigin }

const log = (message: string) => console.log(`[bench] ${message}`)
const figures: BenchFigures = {}
// --pages=review,series measures some kinds of page only (a quick look; nothing is written).
const pagesArg = args
  .find((arg) => arg.startsWith('--pages='))
  ?.slice('--pages='.length)
  .split(',')
const pagePaths: string[] = measuredPages
  .filter((page) => !pagesArg || pagesArg.includes(page.kind))
  .map((page) => page.path)

let bundledBuild: ScalingRun | undefined
// Votes and search are measured without the site.
const needsSite = [...selected].some((section) => section !== 'votes' && section !== 'search')
if (needsSite && (!reuseBuild || !existsSync(`${benchDistDir}/BUILD_ID`))) {
  log(`next build (bundled dataset) into ${benchDistDir} ...`)
  const build = await buildNext(benchDistDir, siteEnv)
  bundledBuild = { ...build, dataset: 'bundled dataset', documents: documentCount(bundledDataset) }
  log(`built ${build.pages} pages in ${(build.wallMs / 1000).toFixed(1)} s`)
}

/** Runs one section; a failure is reported in the table instead of discarding the other figures. */
async function measure(section: string, work: () => Promise<void>): Promise<void> {
  try {
    await work()
  } catch (error) {
    console.error(`[bench] ${section} failed:`, error)
    figures.failed = [
      ...(figures.failed ?? []),
      { section, reason: String((error as Error).message ?? error).split('\n')[0] },
    ]
  }
}

if (['lighthouse', 'load-work', 'js', 'throughput'].some((section) => selected.has(section as Section))) {
  const server = await startNextServer({ distDir: benchDistDir, port: ports.next, env: siteEnv })
  try {
    // First requests render and cache each page; every measurement below sees the cached page.
    // Each reader page also gets a bare page of its own weight, which tells weight from components.
    const weightedPaths = new Map<string, string>()
    const pageWeights: Record<string, PageWeight> = {}
    for (const path of [...pagePaths, barePath]) {
      const response = await fetch(server.origin + path)
      if (!response.ok) throw new Error(`${path} answered ${response.status}; the benchmark needs every page to exist.`)
      const html = await response.text()
      const weight = pageWeight(html)
      if (path !== barePath) {
        pageWeights[path] = weight
        weightedPaths.set(path, weightedBarePath(weight.htmlBytes))
      }
    }
    figures.weights = { pages: pageWeights }
    await checkBaselines(server.origin)
    const weightedPageSet = new Set(weightedPaths.values())
    for (const path of weightedPageSet) {
      const response = await fetch(server.origin + path)
      if (!response.ok)
        throw new Error(`${path} answered ${response.status}; the weighted bare pages need app/bench/bare/[kilobytes].`)
    }
    if (selected.has('js')) {
      log('first-load JavaScript ...')
      await measure('First-load JS', async () => {
        const [bare, ...pages] = await measureFirstLoadJs(server.origin, [barePath, ...pagePaths])
        figures.firstLoadJs = { bare, pages }
      })
    }
    if (selected.has('lighthouse')) {
      log(`Lighthouse, ${lighthouseRuns.mobile} mobile and ${lighthouseRuns.desktop} desktop runs per page ...`)
      await measure('Lighthouse', async () => {
        const floor = await startFloor(ports.floor, reuseBuild)
        try {
          const floorHtml = await (await fetch(floor.origin + floorPath)).text()
          figures.weights!.floor = pageWeight(floorHtml)
          const onSite = (path: string) => ({ path, url: server.origin + path })
          const all = await measureLighthouse(
            [
              { path: 'floor', url: floor.origin + floorPath },
              ...[barePath, ...pagePaths, ...weightedPageSet].map(onSite),
            ],
            lighthouseRuns,
          )
          figures.lighthouse = {
            floor: all.filter((run) => run.path === 'floor'),
            bare: all.filter((run) => run.path === barePath),
            pages: all.filter((run) => pagePaths.includes(run.path)),
            weighted: all.filter((run) => weightedPageSet.has(run.path)),
            weightedPathOf: Object.fromEntries(weightedPaths),
          }
        } finally {
          await floor.stop()
        }
      })
    }
    if (selected.has('load-work')) {
      log(`start-up work on a phone, ${loadWorkRuns} loads per page ...`)
      await measure('Start-up work', async () => {
        const floor = await startFloor(ports.floor, reuseBuild)
        try {
          const [floorWork, bare, ...pages] = await measureLoadWork(
            [
              { path: 'floor', url: floor.origin + floorPath },
              ...[barePath, ...pagePaths].map((path) => ({ path, url: server.origin + path })),
            ],
            loadWorkRuns,
          )
          figures.loadWork = { floor: floorWork, bare, pages }
        } finally {
          await floor.stop()
        }
      })
    }
    if (selected.has('throughput')) {
      log('throughput: 20 s at 50 connections per target ...')
      await measure('Throughput', async () => {
        const paths = { review: reviewPath, bare: barePath, weighted: weightedPaths.get(reviewPath)! }
        figures.throughput = await measureThroughput(server.origin, paths, ports.staticCeiling, {
          connections: 50,
          durationSeconds: 20,
        })
      })
    }
  } finally {
    await server.stop()
  }
}

if (selected.has('reader-section')) {
  log('reader section: review and series pages with reader reactions on and off, 20 s at 50 connections each ...')
  await measure('Reader section throughput', async () => {
    figures.readerSection = await measureReaderSectionThroughput(
      { distDir: benchDistDir, env: siteEnv },
      { on: ports.readerOn, off: ports.readerOff },
      { connections: 50, durationSeconds: 20 },
    )
  })
}

if (selected.has('revalidate')) {
  log('webhook to fresh page ...')
  await measure('Webhook to fresh page', async () => {
    figures.revalidate = await measureRevalidateLatency(benchDistDir)
  })
}

if (selected.has('scale-out')) {
  log('scale-out: one instance, two behind nginx without and with its cache, 20 s at 100 connections each ...')
  await measure('Scale-out', async () => {
    figures.scaleOut = await measureScaleOut(
      benchDistDir,
      siteEnv,
      { a: ports.scaleOutA, b: ports.scaleOutB, staticCeiling: ports.staticCeiling, redis: ports.scaleOutRedis },
      { connections: 100, durationSeconds: 20 },
    )
  })
}

if (selected.has('votes')) {
  log('reader votes: 1,000 from 200 concurrent readers, SQLite and PostgreSQL ...')
  await measure('Reader votes', async () => {
    figures.votes = await measureReactionVotes()
  })
}

if (selected.has('search')) {
  log('search: index build, heap and query latency on the bundled and a 10,000-document dataset ...')
  await measure('Search', async () => {
    figures.search = await measureSearch(bundledDataset)
  })
}

if (selected.has('scaling')) {
  log(`next build (synthetic dataset, 50 series) into ${scalingDistDir} ...`)
  await measure('Build scaling', async () => {
    if (!bundledBuild) throw new Error('build scaling needs a fresh bundled build; run without --reuse-build.')
    figures.scaling = { bundled: bundledBuild, synthetic: await buildSyntheticCatalogue(50, scalingDistDir) }
  })
}

const table = benchTable(figures)
const failures = figures.lighthouse ? lighthouseFailures(figures.lighthouse.pages) : []
console.log(`\n${table}\n`)
if (failures.length > 0) console.log(`Audits below 100:\n${failures.map((failure) => `- ${failure}`).join('\n')}\n`)

if (fullRun) {
  const version = (pkg: string) =>
    (JSON.parse(readFileSync(`node_modules/${pkg}/package.json`, 'utf8')) as { version: string }).version
  const chromium = execFileSync(chromiumPath, ['--version'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }).trim()
  const machine =
    `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}, Next.js ` +
    `${version('next')}, Lighthouse ${version('lighthouse')}, autocannon ${version('autocannon')}, ${chromium}`
  writeFileSync(
    'docs/benchmarks.md',
    [
      '# Benchmarks',
      '',
      `Measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench\` (tests/bench/run.ts) on ${machine}.`,
      'The mobile goals are set against the floor: a bare App Router page of its own (tests/bench/floor, no',
      'site layout, stylesheet or fonts), built with the same install and measured in the same run. Beside it',
      "stand the site's layout with no content (`/bench/bare`) and that page padded with plain paragraphs to",
      "the measured page's weight (`/bench/bare/<kB>`), which separates what a page's weight costs from what",
      'its components cost. All traffic stays on 127.0.0.1. Lighthouse keeps the median of',
      `${lighthouseRuns.mobile} mobile and ${lighthouseRuns.desktop} desktop runs per page (every mobile run's`,
      throttlingMethod === 'devtools'
        ? 'score is listed); mobile applies slow 4G and 4× CPU slowdown to the load itself (devtools throttling).'
        : 'score is listed); mobile uses its default simulated slow 4G and 4× CPU slowdown.',
      'Throughput: autocannon at 50 connections, 20 s per target after an 8 s warm-up; the Next pages',
      'alternate in 10 s halves (bare, weighted, review, review, weighted, bare) so machine drift cancels out.',
      '',
      table,
      '',
      ...(failures.length > 0
        ? ['Audits that kept a score below 100:', '', ...failures.map((failure) => `- ${failure}`), '']
        : []),
      "Run it again with `npm run bench` (needs Debian's Chromium; about 50 minutes on 2 cores).",
      '',
    ].join('\n'),
  )
  log('wrote docs/benchmarks.md')
}
if (figures.failed?.length) process.exitCode = 1
