import { describe, expect, it } from 'vitest'
import { inlineScriptBytes, rscPayloadBytes, scriptUrlsIn } from './first-load-js'
import { type LighthouseFigures, lighthouseThrottling, medianRun } from './lighthouse'
import { generationTimeFromLog } from './next-build'
import { weightedBarePath } from './pages'
import { benchTable } from './report'
import { parseRevalidateLine, revalidateFailureReason } from './revalidate-latency'
import { withoutDistDirIncludes } from './tsconfig-guard'

describe('first-load JavaScript', () => {
  const html = `<!DOCTYPE html><html><head>
    <link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack-1.js"/>
    <link rel="stylesheet" href="/_next/static/css/app.css"/>
    <link rel="preload" as="font" href="/_next/static/media/inter.woff2"/>
    <script src="/_next/static/chunks/main-app.js?v=1&amp;x=2" async=""></script>
    <script src="https://cdn.example.com/tracker.js"></script>
  </head><body><script>self.__next_f.push([1,"abc"])</script>
    <script src="/_next/static/chunks/webpack-1.js" async=""></script></body></html>`

  it('counts each same-origin script once, preloads included, and ignores styles, fonts and other origins', () => {
    expect(scriptUrlsIn(html, 'http://127.0.0.1:3280/reviews/x')).toEqual([
      'http://127.0.0.1:3280/_next/static/chunks/webpack-1.js',
      'http://127.0.0.1:3280/_next/static/chunks/main-app.js?v=1&x=2',
    ])
  })

  it('measures inline script bodies only', () => {
    expect(inlineScriptBytes(html)).toBe('self.__next_f.push([1,"abc"])'.length)
  })

  it('tells the inline RSC payload from other inline scripts', () => {
    const page = `${html}<script>(self.__next_s=self.__next_s||[]).push([0,{}])</script>`
    expect(rscPayloadBytes(page)).toBe('self.__next_f.push([1,"abc"])'.length)
    expect(inlineScriptBytes(page)).toBeGreaterThan(rscPayloadBytes(page))
  })
})

describe('build log and script output', () => {
  it('reads the static generation time in seconds or milliseconds, with colours stripped', () => {
    expect(generationTimeFromLog('\x1b[32m✓\x1b[39m Generating static pages using 1 worker (45/45) in 3.2s\n')).toBe(
      3200,
    )
    expect(generationTimeFromLog('✓ Generating static pages using 2 workers (3/3) in 807ms')).toBe(807)
    expect(generationTimeFromLog('Compiled successfully')).toBeNull()
  })

  it('reads the webhook latency line of scripts/bench-revalidate.ts', () => {
    expect(
      parseRevalidateLine('| webhook to fresh HTML (20 edits) | p50 412 ms | max 690 ms | goal < 1000 ms |'),
    ).toEqual({ edits: 20, p50Ms: 412, maxMs: 690 })
    expect(parseRevalidateLine('next start did not answer')).toBeNull()
  })

  it('names the reason when scripts/bench-revalidate.ts fails', () => {
    const log =
      '⨯ Error [DatasetLoadError]: dataset.ndjson:2: poster is missing\n' +
      '/work/main/scripts/bench-revalidate.ts:57\nError: edit 1 did not reach the page within 10 s\n\nNode.js v24'
    expect(revalidateFailureReason(log)).toBe('edit 1 did not reach the page within 10 s')
  })
})

describe('shared tsconfig.json', () => {
  it('treats the include entries Next adds for a bench build as the only difference', () => {
    const before = '{ "include": ["next-env.d.ts", "**/*.ts", ".next/types/**/*.ts"] }'
    const after = JSON.stringify(
      { include: ['next-env.d.ts', '**/*.ts', '.next/types/**/*.ts', 'node_modules/.cache/next-bench/types/**/*.ts'] },
      null,
      2,
    )
    expect(withoutDistDirIncludes(after, 'node_modules/.cache/next-bench')).toEqual(
      withoutDistDirIncludes(before, 'node_modules/.cache/next-bench'),
    )
    const otherEdit = after.replace('**/*.ts', '**/*.mts')
    expect(withoutDistDirIncludes(otherEdit, 'node_modules/.cache/next-bench')).not.toEqual(
      withoutDistDirIncludes(before, 'node_modules/.cache/next-bench'),
    )
  })
})

describe('Lighthouse figures', () => {
  const run = (performance: number, formFactor: 'mobile' | 'desktop' = 'mobile', path = '/'): LighthouseFigures => ({
    path,
    formFactor,
    performance,
    accessibility: 100,
    bestPractices: 100,
    seo: 100,
    lcpMs: 1500,
    cls: 0,
    tbtMs: 250,
    domElements: 400,
    lcpElement: 'h1',
    lcpPhases: [],
    performanceRuns: [performance],
    failures: [],
  })

  it('keeps the run with the median performance score', () => {
    expect(medianRun([run(97), run(88), run(93)]).performance).toBe(93)
  })

  it('holds mobile pages to the floor of the same run and desktop pages to 100', () => {
    const floor = [run(96, 'mobile', 'floor'), run(100, 'desktop', 'floor')]
    const bare = [run(90, 'mobile', '/bench/bare'), run(100, 'desktop', '/bench/bare')]
    const pages = [
      run(91),
      run(90, 'mobile', '/series/x'),
      { ...run(96, 'mobile', '/reviews/x'), lcpMs: 2001 },
      { ...run(96, 'mobile', '/people/x'), tbtMs: 376 },
      { ...run(96, 'mobile', '/news/x'), domElements: 800 },
      { ...run(100, 'desktop'), seo: 92 },
      run(100, 'desktop', '/series/x'),
    ]
    const verdicts = benchTable({ lighthouse: { floor, bare, pages } })
      .split('\n')
      .slice(2)
      .map((line) => line.split(' | ').at(-1))
    expect(verdicts).toEqual(['yes |', '**no** |', '**no** |', '**no** |', '**no** |', '**no** |', 'yes |'])
  })

  it('shows each page beside the floor, the site layout alone and the bare page padded to its weight', () => {
    const table = benchTable({
      lighthouse: {
        floor: [{ ...run(97, 'mobile', 'floor'), performanceRuns: [95, 97, 98] }],
        bare: [run(94, 'mobile', '/bench/bare')],
        pages: [run(85, 'mobile', '/series/x')],
        weighted: [run(86, 'mobile', '/bench/bare/146')],
        weightedPathOf: { '/series/x': '/bench/bare/146' },
      },
    })
    expect(table).toContain('floor: perf 97 (runs 95, 97, 98) · LCP 1.5 s')
    expect(table).toContain('site layout only (/bench/bare): perf 94')
    expect(table).toContain('same weight (/bench/bare/146): perf 86')
  })

  it('shows start-up work on a phone beside the floor and the site layout alone', () => {
    const work = (path: string, taskMs: number, routePrefetches: number) => ({
      path,
      taskMs,
      scriptMs: 300,
      styleLayoutMs: 400,
      requests: 18,
      routePrefetches,
      routePrefetchBytes: routePrefetches * 2048,
      taskRuns: [taskMs - 100, taskMs, taskMs + 100],
    })
    const table = benchTable({
      loadWork: { floor: work('floor', 1461, 0), bare: work('/bench/bare', 1900, 0), pages: [work('/x', 2546, 1)] },
    })
    expect(table).toContain('| /x | main thread 2,546 ms (runs 2,446, 2,546, 2,646) · script 300 ms')
    expect(table).toContain('18 requests, 1 route prefetches (2.0 kB)')
    expect(table).toContain('floor: main thread 1,461 ms')
    expect(table).toContain('site layout only (/bench/bare): main thread 1,900 ms')
  })

  it('holds every page to 60 kB of HTML, and shows the proposed 25 kB of gzip beside it', () => {
    const rows = benchTable({
      weights: {
        pages: {
          '/': { htmlBytes: 61_440, payloadBytes: 30_000, gzipBytes: 25_600 },
          '/x': { htmlBytes: 61_441, payloadBytes: 1, gzipBytes: 25_601 },
        },
      },
    })
      .split('\n')
      .slice(2)
    expect(rows[0]).toMatch(
      /60\.0 kB, of which inline RSC payload 29\.3 kB; gzip 25\.0 kB .* yes \(proposed: yes\) \|$/,
    )
    expect(rows[1]).toMatch(/\*\*no\*\* \(proposed: \*\*no\*\*\) \|$/)
  })

  it('judges the proposed TBT measure against the bare page of the same weight', () => {
    const withTbt = (performance: number, path: string, tbtMs: number) => ({
      ...run(performance, 'mobile', path),
      tbtMs,
    })
    const table = (pageTbt: number) =>
      benchTable({
        lighthouse: {
          floor: [run(97, 'mobile', 'floor')],
          bare: [run(94, 'mobile', '/bench/bare')],
          pages: [withTbt(85, '/series/x', pageTbt)],
          weighted: [withTbt(86, '/bench/bare/146', 500)],
          weightedPathOf: { '/series/x': '/bench/bare/146' },
        },
      })
    expect(table(700)).toMatch(/\(proposed: yes\) \|$/m)
    expect(table(701)).toMatch(/\(proposed: \*\*no\*\*\) \|$/m)
  })
})

describe('weighted bare page', () => {
  it('is addressed by the page weight in whole kilobytes, at least one', () => {
    expect(weightedBarePath(77_054)).toBe('/bench/bare/75')
    expect(weightedBarePath(149_980)).toBe('/bench/bare/146')
    expect(weightedBarePath(100)).toBe('/bench/bare/1')
  })
})

describe('lighthouseThrottling', () => {
  it('simulates unless told to apply the throttling to the load', () => {
    expect(lighthouseThrottling(undefined)).toBe('simulate')
    expect(lighthouseThrottling('')).toBe('simulate')
    expect(lighthouseThrottling('simulate')).toBe('simulate')
    expect(lighthouseThrottling('devtools')).toBe('devtools')
  })

  it('refuses a method Lighthouse does not have, naming it', () => {
    expect(() => lighthouseThrottling('provided')).toThrow(/simulate or devtools, not "provided"/)
  })
})
