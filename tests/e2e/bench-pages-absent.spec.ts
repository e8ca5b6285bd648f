import { expect, test } from '@playwright/test'

// The bare pages `npm run bench` compares with exist only in the bench build (BENCH_PAGES=1, checked
// by tests/bench/baselines.ts); the production build readers get has no /bench routes.
test('the production build has no benchmark pages', async ({ request }) => {
  for (const path of ['/bench/bare', '/bench/bare/64']) {
    expect((await request.get(path)).status(), path).toBe(404)
  }
})
