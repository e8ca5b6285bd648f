/**
 * A comment's way through moderation, in Chromium against `next start`: readers report it past
 * REPORTS_TO_HIDE (3), it leaves the cached review page; a moderator finds it in the reported
 * queue with its reasons, restores it, and readers see it again. Each reader is a new browser
 * (its own reader cookie) at its own address; the comment is one no other spec uses.
 */
import { expect, test } from '@playwright/test'

import { e2eModerationSecret } from './runtime'

const comment = { id: 'sample-comment-06', name: 'jiwoo_watches', opening: 'The choice to open on Young alone' }
const reviewPage = '/reviews/love-in-the-big-city-episode-1'
const reasons = ['spoiler', 'spoiler', 'abuse'] as const

test('a comment reported by three readers is hidden, and a moderator restores it to its page', async ({
  browser,
  page,
  request,
}) => {
  const onPage = async () => (await (await request.get(reviewPage)).text()).includes(comment.opening)
  expect(await onPage()).toBe(true)

  for (const [index, reason] of reasons.entries()) {
    const reader = await browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': `192.0.2.${index + 10}` } })
    const answer = await reader.request.post('/api/reactions/reports', { data: { item: comment.id, reason } })
    expect(answer.status()).toBe(202)
    expect(await answer.json()).toMatchObject({ item: comment.id, counted: true, hidden: index === reasons.length - 1 })
    await reader.close()
  }
  await expect.poll(onPage, { timeout: 5_000, intervals: [100, 250, 500] }).toBe(false)

  await page.goto('/moderation?view=reported')
  await page.getByLabel('Your name').fill('Mina (e2e moderator)')
  await page.getByLabel('Moderation secret').fill(e2eModerationSecret)
  await page.getByRole('button', { name: 'Sign in' }).click()
  const entry = page
    .getByRole('region', { name: 'Reported' })
    .getByRole('listitem')
    .filter({ hasText: comment.opening })
  await expect(entry).toContainText(`Comment by ${comment.name} · hidden`)
  await expect(entry).toContainText('3 reports: Spoils later episodes (2), Abusive or hateful (1)')

  await entry.getByRole('link').click()
  await expect(page.getByTestId('item-status')).toHaveText('hidden')
  await expect(page.getByRole('table').getByRole('row').filter({ hasText: 'hidden-by-reports' })).toContainText(
    'reports',
  )
  await page.getByRole('form', { name: 'Decide' }).getByRole('button', { name: 'Restore' }).click()
  await expect(page.getByTestId('item-status')).toHaveText('published')
  await expect(page.getByText('No open reports.')).toBeVisible()
  await expect(page.getByRole('link', { name: /^Where readers see it/ })).toHaveAttribute(
    'href',
    `${reviewPage}#comment-${comment.id}`,
  )

  await expect.poll(onPage, { timeout: 5_000, intervals: [100, 250, 500] }).toBe(true)
})
