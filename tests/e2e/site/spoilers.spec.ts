import { expect, test } from '@playwright/test'

// Spoilers stay folded until asked for, and the reader's "watched up to" marker holds across the
// series' pages. Everything here is done with the keyboard only.

const reviewPath = '/reviews/love-in-the-big-city-review'
const seriesPath = '/series/love-in-the-big-city'

test('a spoiler block opens and closes from the keyboard', async ({ page }) => {
  await page.goto(reviewPath)
  const toggle = page.getByRole('group', { name: 'Spoiler for episode 4' }).getByRole('button')
  await expect(toggle).toHaveAccessibleName(/Show spoiler for episode 4/)
  const panel = page.locator(`#${await toggle.getAttribute('aria-controls')}`)
  await expect(toggle).toHaveAttribute('aria-expanded', 'false')
  await expect(panel).toBeHidden()

  await toggle.focus()
  await page.keyboard.press('Enter')
  await expect(toggle).toHaveAttribute('aria-expanded', 'true')
  await expect(panel).toBeVisible()
  await expect(panel).not.toBeEmpty()
  await expect(toggle).toBeFocused()

  await page.keyboard.press('Space')
  await expect(toggle).toHaveAttribute('aria-expanded', 'false')
  await expect(panel).toBeHidden()
})

test('the spoiler shield set on the series page locks later episodes on its other pages', async ({ page }) => {
  await page.goto(seriesPath)
  const shield = page.getByRole('combobox', { name: "I've watched up to" })
  await expect(shield).toHaveValue('not-set')
  await shield.focus()
  // Arrow keys move a focused <select> without opening it: not set -> none yet -> episode 1..4.
  for (let step = 0; step < 5; step++) await page.keyboard.press('ArrowDown')
  await expect(shield).toHaveValue('4')
  await expect(page.getByText('Spoilers for episodes 5 to 8 are locked.')).toBeVisible()

  // Another page of the same series: episode 4 may be opened, episode 5 stays shut.
  await page.goto(reviewPath)
  await expect(page.getByRole('combobox', { name: "I've watched up to" })).toHaveValue('4')
  const episode4 = page.getByRole('group', { name: 'Spoiler for episode 4' }).getByRole('button')
  const episode5 = page.getByRole('group', { name: 'Spoiler for episode 5' }).getByRole('button')
  await expect(episode5).toHaveAccessibleName(/Locked/)
  await expect(episode4).toHaveAccessibleName(/Show spoiler for episode 4/)
  await episode5.focus()
  await page.keyboard.press('Enter')
  await expect(episode5).toHaveAttribute('aria-expanded', 'false')
  await expect(
    page.getByText(/stays hidden because your spoiler shield says you have watched up to episode 4/),
  ).toBeVisible()
  await episode4.focus()
  await page.keyboard.press('Enter')
  await expect(episode4).toHaveAttribute('aria-expanded', 'true')

  // Episode guides obey it too: the guide of an episode not reached yet waits to be asked for,
  // and its spoiler blocks stay locked even then.
  await page.goto(`${seriesPath}/episodes/5`)
  const guideSpoiler = page
    .getByRole('region', { name: 'Episode guide' })
    .getByRole('group', { name: 'Spoiler for episode 5' })
    .getByRole('button')
  await expect(guideSpoiler).toBeHidden()
  await page.getByRole('button', { name: 'Show episode 5’s synopsis anyway' }).press('Enter')
  await expect(guideSpoiler).toHaveAccessibleName(/Locked/)

  // Moving the marker on from this page releases the block at once.
  const shieldHere = page.getByRole('combobox', { name: "I've watched up to" })
  await shieldHere.focus()
  await page.keyboard.press('ArrowDown')
  await expect(shieldHere).toHaveValue('5')
  await expect(guideSpoiler).toHaveAccessibleName(/Show spoiler for episode 5/)
  await guideSpoiler.focus()
  await page.keyboard.press('Enter')
  await expect(guideSpoiler).toHaveAttribute('aria-expanded', 'true')
})

test('the series overview says where to start, then the next episode the shield says is unwatched', async ({
  page,
}) => {
  await page.goto(seriesPath)
  const watching = page.getByRole('region', { name: 'Watching' })
  await expect(watching.getByRole('link', { name: 'Episode 1: The Photographer' })).toBeVisible()

  const shield = page.getByRole('combobox', { name: "I've watched up to" })
  const hydrated = () => shield.evaluate((select) => Object.keys(select).some((key) => key.startsWith('__reactProps')))
  await expect.poll(hydrated).toBe(true)
  await shield.focus()
  // Not set -> none yet -> episodes 1, 2, 3.
  for (let step = 0; step < 4; step++) await page.keyboard.press('ArrowDown')
  await expect(shield).toHaveValue('3')
  await expect(watching.getByRole('link', { name: 'Episode 4', exact: true })).toHaveAttribute(
    'href',
    `${seriesPath}/episodes/4`,
  )
  // Kept in the browser: the next visit starts from it.
  await page.reload()
  await expect(watching).toContainText('Next to watch: Episode 4')
  await expect.poll(hydrated).toBe(true)
  await shield.focus()
  await page.keyboard.press('End')
  await expect(shield).toHaveValue('8')
  await expect(watching).toContainText('You have watched all 8 episodes.')
  await expect(watching.getByRole('link', { name: 'Read the reviews' })).toHaveAttribute(
    'href',
    `${seriesPath}/reviews`,
  )
})
