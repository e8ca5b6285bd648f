import { expect, type Page, test } from '@playwright/test'

/** Loads a page in a fresh context and adds up the JavaScript it transferred (compressed, as sent). */
async function visit(page: Page, path: string) {
  const problems: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text())
  })
  page.on('pageerror', (error) => problems.push(error.message))
  const scripts: Promise<number>[] = []
  page.on('requestfinished', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.sizes().then((sizes) => sizes.responseBodySize))
  })
  const response = await page.goto(path, { waitUntil: 'networkidle' })
  const scriptBytes = (await Promise.all(scripts)).reduce((sum, bytes) => sum + bytes, 0)
  return { response, problems, scriptKb: Math.round(scriptBytes / 1024) }
}

test('without a project, /studio is a site page with the setup steps and loads none of the Studio', async ({
  browser,
}) => {
  const studio = await visit(await browser.newPage(), '/studio')
  console.log(`JavaScript transferred for /studio: ${studio.scriptKb} kB`)

  const page = studio.response!.request().frame().page()
  expect(studio.response?.status()).toBe(200)
  expect(studio.problems).toEqual([])
  await expect(page).toHaveTitle('The Studio needs a Sanity project')
  await expect(page.getByRole('banner')).toBeVisible()
  await expect(page.getByRole('contentinfo')).toBeVisible()
  const steps = page.getByRole('main').getByRole('listitem')
  await expect(steps).toHaveCount(4)
  await expect(steps.getByRole('heading', { level: 2 })).toHaveText([
    'Create a Sanity project',
    'Check the variables',
    'Import the bundled dataset',
    'Restart the site',
  ])
  // The site's type and spacing, not a stylesheet that zeroes margins and padding.
  const heading = page.getByRole('heading', { level: 1 })
  await expect(heading).toHaveCSS('font-family', /Source Serif/)
  await expect(heading).toHaveCSS('margin-top', /^[1-9]/)
  await expect(page.locator('main pre').first()).toHaveCSS('padding-left', /^[1-9]/)
  // Measured: 1894 kB in 41 scripts while the page imported the Studio, 163 kB now (a reader page: about 180 kB).
  // The Studio's largest chunk alone is 410 kB.
  expect(studio.scriptKb).toBeLessThan(400)
})
