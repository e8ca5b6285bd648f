import { type APIResponse, expect, test } from '@playwright/test'

// Runs against `next start` (production): what readers, editors and crawlers actually receive.

type Policy = Map<string, string[]>

function policyOf(response: APIResponse): Policy {
  const headers = response.headersArray().filter(({ name }) => name.toLowerCase() === 'content-security-policy')
  // Two policies would both be enforced, the stricter one silently breaking the Studio.
  expect(headers, 'exactly one Content-Security-Policy header').toHaveLength(1)
  return new Map(
    headers[0].value.split(';').map((directive) => {
      const [name, ...values] = directive.trim().split(/\s+/)
      return [name, values] as const
    }),
  )
}

function expectCommonHeaders(response: APIResponse) {
  const headers = response.headers()
  expect(headers['x-content-type-options']).toBe('nosniff')
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
  expect(headers['permissions-policy']).toMatch(/camera=\(\)/)
  expect(headers['permissions-policy']).toMatch(/microphone=\(\)/)
  expect(headers['permissions-policy']).toMatch(/geolocation=\(\)/)
  expect(headers['x-powered-by']).toBeUndefined()
}

function expectLockedDown(policy: Policy) {
  expect(policy.get('default-src')).toEqual(["'self'"])
  expect(policy.get('object-src')).toEqual(["'none'"])
  expect(policy.get('base-uri')).toEqual(["'self'"])
  // The Studio's Presentation tool frames the site from the same origin; nobody else may.
  expect(policy.get('frame-ancestors')).toEqual(["'self'"])
  expect(policy.get('script-src')).not.toContain("'unsafe-eval'")
}

const sanityApi = 'https://*.api.sanity.io'

test('a reader page is locked to its own origin, with no route to Sanity APIs from the browser', async ({
  request,
}) => {
  for (const path of ['/', '/reviews/love-in-the-big-city-review']) {
    const response = await request.get(path)
    expect(response.status()).toBe(200)
    expectCommonHeaders(response)
    const policy = policyOf(response)
    expectLockedDown(policy)
    expect(policy.get('connect-src')).toEqual(["'self'"])
    expect(policy.get('frame-src')).toEqual(["'none'"])
  }
})

test('an API route answers with the same headers, even when it refuses the request', async ({ request }) => {
  const response = await request.post('/api/revalidate', { data: { _id: 'x', _type: 'review' } })
  expect(response.status()).toBe(401)
  expectCommonHeaders(response)
  expectLockedDown(policyOf(response))
})

test('the Studio may reach Sanity APIs and frame the site for Presentation, and nothing more', async ({ request }) => {
  for (const path of ['/studio', '/studio/structure/series']) {
    const response = await request.get(path)
    expect(response.status()).toBe(200)
    expectCommonHeaders(response)
    const policy = policyOf(response)
    expectLockedDown(policy)
    expect(policy.get('connect-src')).toEqual(expect.arrayContaining(["'self'", sanityApi, 'wss://*.api.sanity.io']))
    expect(policy.get('frame-src')).toEqual(["'self'"])
    expect(policy.get('script-src')).toEqual(["'self'", "'unsafe-inline'"])
    // Sign-in with a provider opens a window the Studio must be able to talk to.
    expect(response.headers()['cross-origin-opener-policy']).toBe('same-origin-allow-popups')
  }
})

test('draft mode adds Sanity APIs for visual editing; the published site does not get them', async ({ request }) => {
  const draft = await request.get('/', { headers: { cookie: '__prerender_bypass=e2e' } })
  const draftPolicy = policyOf(draft)
  expectLockedDown(draftPolicy)
  expect(draftPolicy.get('connect-src')).toContain(sanityApi)
  expect(draftPolicy.get('frame-src')).toEqual(["'none'"])

  const published = await request.get('/')
  expect(policyOf(published).get('connect-src')).not.toContain(sanityApi)
  expect(published.headers()['cross-origin-opener-policy']).toBe('same-origin')
})
