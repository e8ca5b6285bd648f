import { expect, test } from '@playwright/test'

const expected = ['9.0', '9.5', '8.7', '9.3', '9.1', '9.2', '8.6', '9.6']

test('the episode score chart draws all 8 episodes; the episode guide lists all 8 scores', async ({ page }) => {
  await page.goto('/series/love-in-the-big-city')
  const chart = page.getByRole('figure', { name: 'Episode by episode' })
  await expect(chart.getByRole('img', { name: /Episode scores for Love in the Big City/ })).toBeVisible()

  // The drawing carries the numbers as text, not only as bar lengths.
  const labels = (await chart.locator('svg text').allTextContents()).map((label) => label.trim())
  for (const [index, score] of expected.entries()) {
    const at = labels.indexOf(`Ep ${index + 1}`)
    expect(labels[at + 1], `label after Ep ${index + 1}`).toMatch(new RegExp(`^${score.replace('.', '\\.')}\\b`))
  }

  // The same scores as text, with each episode's title, are one link away.
  await chart.getByRole('link', { name: /score, with its title, in the episode guide/ }).click()
  await expect(page).toHaveURL(/\/series\/love-in-the-big-city\/episodes$/)
  const episodes = page.getByRole('region', { name: '8 episodes' }).getByRole('listitem')
  await expect(episodes).toHaveCount(8)
  for (const [index, score] of expected.entries()) {
    await expect(episodes.nth(index)).toContainText(`Episode ${index + 1}`)
    await expect(episodes.nth(index).getByRole('img', { name: `${score} out of 10` })).toBeVisible()
  }
})
