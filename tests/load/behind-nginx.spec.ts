/**
 * Two instances behind nginx with the deploy folder's rules: 60 s at 100 connections spread over
 * both, one instance stopped a third of the way in, and not one request fails; nginx retries what
 * the stopped instance dropped on the other. The proxy cache is off here so that every request
 * reaches an instance (with it on, nginx would answer most of them itself).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningServer, startNextServer } from '../bench/next-server'
import { hammer } from '../bench/throughput'
import { nginxAvailable, startTestNginx, type TestNginx } from '../support/nginx'
import { copyBundledDataset, type ServedDataset } from './served-dataset'

const reviewPath = '/reviews/love-in-the-big-city-review'
const ports = [3285, 3286]
if (!nginxAvailable() && process.env.CI) throw new Error('The proxy tests need nginx (apt-get install nginx)')

describe.skipIf(!nginxAvailable())('two instances behind nginx', () => {
  let dataset: ServedDataset
  let instances: RunningServer[]
  let nginx: TestNginx

  beforeAll(async () => {
    dataset = copyBundledDataset()
    const distDir = process.env.NEXT_DIST_DIR ?? '.next'
    instances = []
    for (const port of ports) {
      instances.push(await startNextServer({ distDir, port, env: { BUNDLED_DATASET_FILE: dataset.file } }))
    }
    nginx = await startTestNginx({ upstreamPorts: ports, proxyCache: false })
  }, 120_000)

  afterAll(async () => {
    await nginx?.stop()
    await Promise.all(instances?.map((instance) => instance.stop()) ?? [])
    dataset?.remove()
  })

  it('answers every request for 60 s at 100 connections while one instance stops', async () => {
    const first = await fetch(nginx.origin + reviewPath)
    expect(first.status).toBe(200)

    const stopOne = new Promise<void>((resolve) => setTimeout(() => void instances[1]!.stop().then(resolve), 20_000))
    const run = await hammer('review page through nginx', nginx.origin + reviewPath, {
      connections: 100,
      durationSeconds: 60,
    })
    await stopOne
    const answers = nginx.answersByUpstream()
    const [a, b] = ports.map((port) => answers.get(`127.0.0.1:${port}`) ?? 0)
    console.log(
      `through nginx, 60 s at 100 connections, one instance stopped at 20 s: ` +
        `${Math.round(run.requestsPerSecond)} req/s, p99 ${run.p99Ms} ms, ` +
        `${run.errors} errors, ${run.non2xx} non-2xx; answered by A ${a}, by B ${b}`,
    )
    if (run.errors > 0) console.log(nginx.errorLog().split('\n').slice(-15).join('\n'))
    expect(run.errors).toBe(0)
    expect(run.non2xx).toBe(0)
    // Both took traffic before the stop; afterwards only A did, and the site kept answering.
    expect(a).toBeGreaterThan(0)
    expect(b).toBeGreaterThan(0)
    expect(a).toBeGreaterThan(b)
    expect((await fetch(nginx.origin + reviewPath)).status).toBe(200)
  }, 150_000)
})
