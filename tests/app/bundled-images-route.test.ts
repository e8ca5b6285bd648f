import path from 'node:path'
import { describe, expect, it, vi } from 'vitest'

vi.mock('@/lib/env/server', async () => {
  const { readEnv } = await import('@/lib/env/schema')
  return { env: readEnv({ BUNDLED_DATASET_FILE: path.resolve('tests/fixtures/content/dataset.ndjson') }) }
})
const { GET } = await import('@/app/bundled-images/[file]/route')

const get = (file: string) =>
  GET(new Request(`http://localhost/bundled-images/${encodeURIComponent(file)}`), { params: Promise.resolve({ file }) })

describe('GET /bundled-images/[file]', () => {
  it('serves an image next to the dataset, as an inert SVG', async () => {
    const response = await get('poster.svg')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/svg+xml')
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'")
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await response.text()).toContain('<svg')
  })

  it.each([
    'missing.svg',
    '../dataset.ndjson',
    '..%2Fdataset.ndjson',
    '.hidden.svg',
    'dataset.ndjson',
    'poster.svg/..',
  ])('answers 404 for %s', async (file) => {
    expect((await get(file)).status).toBe(404)
  })
})
