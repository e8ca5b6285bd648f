import { expect, test } from '@playwright/test'

test('the episode score chart draws all 8 episodes and its table holds all 8 scores', async ({ page }) => {
  await page.goto('/series/love-in-the-big-city')
  const chart = page.getByRole('figure', { name: 'Episode by episode' })
  await expect(chart.getByRole('img', { name: /Episode scores for Love in the Big City/ })).toBeVisible()

  const table = chart.getByRole('table')
  const rows = table.locator('tbody tr')
  await expect(rows).toHaveCount(8)
  const expected = ['9.0', '9.5', '8.7', '9.3', '9.1', '9.2', '8.6', '9.6']
  for (const [index, score] of expected.entries()) {
    const row = rows.nth(index)
    await expect(row).toContainText(`${index + 1}`)
    await expect(row).toContainText(score)
  }
  // The drawing carries the same numbers as text, not only as bar lengths.
  const labels = (await chart.locator('svg text').allTextContents()).map((label) => label.trim())
  for (const [index, score] of expected.entries()) {
    const at = labels.indexOf(`Ep ${index + 1}`)
    expect(labels[at + 1], `label after Ep ${index + 1}`).toMatch(new RegExp(`^${score.replace('.', '\\.')}\\b`))
  }
})
