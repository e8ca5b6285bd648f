/**
 * Scale-out figures (`npm run bench -- --only=scale-out`): the review page's throughput from one
 * instance, from two instances behind nginx without and with its proxy cache, and the same HTML
 * from a static server (the ceiling); and how long a webhook sent to one instance takes to show
 * on the other through the shared Redis cache. Redis and nginx run on loopback for the run only.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { signedWebhookRequest } from '../../lib/revalidation/signed-webhook.ts'
import { copyBundledDataset } from '../load/served-dataset.ts'
import { startTestNginx } from '../support/nginx.ts'
import { startTestRedis } from '../support/redis.ts'
import { type RunningServer, startNextServer, stopProcess, waitForAnswer } from './next-server.ts'
import { hammer, type LoadOptions, type Throughput, warmUp } from './throughput.ts'

export interface ScaleOutFigures {
  /** One instance with its own cache (no REDIS_URL): what sharing the cache costs. */
  ownCache: Throughput
  oneInstance: Throughput
  behindNginx: Throughput
  behindNginxCached: Throughput
  ceiling: Throughput
  webhookToOtherInstance: { edits: number; p50Ms: number; maxMs: number }
}

const secret = 'bench-scale-out-revalidate-secret-01'
const reviewSlug = 'love-in-the-big-city-review'
const reviewPath = `/reviews/${reviewSlug}`
const webhookEdits = 10

async function measureLoad(label: string, url: string, load: LoadOptions): Promise<Throughput> {
  await warmUp(url, load.connections)
  return hammer(label, url, load)
}

async function staticCeiling(html: string, port: number, load: LoadOptions): Promise<Throughput> {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'bench-static-')), 'review.html')
  writeFileSync(file, html)
  const server = spawn(process.execPath, [path.resolve('tests/bench/static-server.ts'), file, String(port)], {
    stdio: 'ignore',
  })
  try {
    const url = `http://127.0.0.1:${port}/`
    if (!(await waitForAnswer(url, 10_000))) throw new Error(`the static server on port ${port} did not start`)
    return await measureLoad('same HTML, static server', url, load)
  } finally {
    await stopProcess(server)
  }
}

export async function measureScaleOut(
  distDir: string,
  env: Record<string, string>,
  ports: { a: number; b: number; staticCeiling: number },
  load: LoadOptions,
): Promise<ScaleOutFigures> {
  const ownCache = await (async () => {
    const server = await startNextServer({ distDir, port: ports.a, env })
    try {
      return await measureLoad('one instance, own cache', server.origin + reviewPath, load)
    } finally {
      await server.stop()
    }
  })()
  const redis = await startTestRedis()
  const dataset = copyBundledDataset()
  const instances: RunningServer[] = []
  try {
    const instanceEnv = {
      ...env,
      REDIS_URL: redis.url,
      BUNDLED_DATASET_FILE: dataset.file,
      SANITY_REVALIDATE_SECRET: secret,
    }
    for (const port of [ports.a, ports.b]) instances.push(await startNextServer({ distDir, port, env: instanceEnv }))
    const [a, b] = instances as [RunningServer, RunningServer]
    const html = await (await fetch(a.origin + reviewPath)).text()

    const oneInstance = await measureLoad('one instance', a.origin + reviewPath, load)
    const figures: Partial<ScaleOutFigures> = { ownCache, oneInstance }
    for (const proxyCache of [false, true]) {
      const nginx = await startTestNginx({ upstreamPorts: [ports.a, ports.b], proxyCache })
      try {
        const label = `two instances behind nginx, proxy cache ${proxyCache ? 'on' : 'off'}`
        const run = await measureLoad(label, nginx.origin + reviewPath, load)
        if (proxyCache) figures.behindNginxCached = run
        else figures.behindNginx = run
      } finally {
        await nginx.stop()
      }
    }
    figures.ceiling = await staticCeiling(html, ports.staticCeiling, load)

    // Webhook to A, then B polled every 10 ms until it serves the edit.
    const reviewId = dataset.publishedIdOf('review', reviewSlug)
    const latencies: number[] = []
    for (let edit = 1; edit <= webhookEdits; edit++) {
      const verdict = `Scale-out bench edit ${edit} at ${Date.now()}.`
      dataset.edit(reviewId, 'verdict', verdict)
      const started = performance.now()
      const answer = await fetch(`${a.origin}/api/revalidate`, {
        method: 'POST',
        ...(await signedWebhookRequest({ _id: reviewId, _type: 'review', slug: reviewSlug }, secret)),
      })
      if (!answer.ok) throw new Error(`the webhook answered ${answer.status}`)
      for (;;) {
        if ((await (await fetch(b.origin + reviewPath)).text()).includes(verdict)) break
        if (performance.now() - started > 10_000) throw new Error(`edit ${edit} did not reach B within 10 s`)
        await new Promise((resolve) => setTimeout(resolve, 10))
      }
      latencies.push(performance.now() - started)
    }
    latencies.sort((x, y) => x - y)
    figures.webhookToOtherInstance = {
      edits: webhookEdits,
      p50Ms: latencies[Math.floor(latencies.length / 2)]!,
      maxMs: latencies.at(-1)!,
    }
    return figures as ScaleOutFigures
  } finally {
    await Promise.all(instances.map((instance) => instance.stop()))
    await redis.stop()
    dataset.remove()
  }
}
