import { expect, test } from '@playwright/test'

// `npm run bench` compares reader pages with these two pages; they must stay what they claim.
test('the weighted bare page weighs what its address asks for, kept out of search indexes', async ({ request }) => {
  for (const kilobytes of [40, 150]) {
    const response = await request.get(`/bench/bare/${kilobytes}`)
    expect(response.status()).toBe(200)
    const bytes = (await response.body()).byteLength
    expect(Math.abs(bytes - kilobytes * 1024) / (kilobytes * 1024)).toBeLessThan(0.05)
    expect(await response.text()).toContain('<meta name="robots" content="noindex, nofollow"/>')
  }
})

test('the weighted bare page answers 404 to a size that is not a whole number of kilobytes up to 256', async ({ request }) => {
  for (const size of ['0', 'abc', '12.5', '257', '10000', '-3']) {
    expect((await request.get(`/bench/bare/${size}`)).status(), size).toBe(404)
  }
})
