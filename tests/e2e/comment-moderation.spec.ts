/**
 * A comment's whole way, in Chromium against `next start`: a reader posts it and another replies
 * with a mention, in place; three readers report it from the page past REPORTS_TO_HIDE (3) and it
 * leaves the cached review page; a moderator signs in, finds it in the reported queue with its
 * reasons, restores it, and readers see it again with its reply. Each reporter is a new browser
 * (its own reader cookie) at its own address.
 */
import { expect, test } from '@playwright/test'

import { anchorOf, commentBox, commentBy, waitOutFormToken } from './comment-helpers'
import { e2eModerationSecret } from './runtime'

const reviewPage = '/reviews/love-in-the-big-city-episode-1'
const reasons = ['Spoils later episodes', 'Spoils later episodes', 'Abusive or hateful'] as const

test('a posted comment reported by three readers is hidden, and a moderator restores it to its page', async ({
  browser,
  page,
  request,
}) => {
  const name = `Thread Starter ${Date.now()}`
  const body = 'The way the first episode cuts from the club to the empty flat says everything.'
  const onPage = async () => (await (await request.get(reviewPage)).text()).includes(body)

  await page.goto(reviewPage)
  await page.getByRole('link', { name: 'Write a comment' }).click()
  await commentBox(page, 'Your comment').fill(body)
  await page.getByLabel('Display name').fill(name)
  await waitOutFormToken(page)
  await page.getByRole('button', { name: 'Post comment' }).click()
  const comment = commentBy(page, name)
  await expect(comment).toContainText(body)
  const anchor = await anchorOf(comment)

  await comment.getByRole('link', { name: `Reply to ${name}` }).click()
  await commentBox(page, 'Your reply').fill(`@${name} and the silence in the taxi after it.`)
  await page.getByLabel('Display name').fill('Second Voice')
  await waitOutFormToken(page)
  await page.getByRole('button', { name: 'Post reply' }).click()
  const reply = page.getByRole('list', { name: `Replies to ${name}` }).getByRole('article')
  await expect(reply.getByRole('link', { name: `@${name}` })).toHaveAttribute('href', `#${anchor}`)
  await expect.poll(onPage, { timeout: 5_000, intervals: [100, 250, 500] }).toBe(true)

  for (const [index, reason] of reasons.entries()) {
    const reader = await browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': `192.0.2.${index + 10}` } })
    const readerPage = await reader.newPage()
    await readerPage.goto(reviewPage)
    const reported = commentBy(readerPage, name)
    await reported.locator('summary').click()
    await reported.getByRole('radio', { name: reason }).check()
    await reported.getByRole('button', { name: 'Send report' }).click()
    // The report that reaches the threshold hides the comment, and says so.
    await expect(reported.getByRole('status')).toHaveText(
      index < reasons.length - 1
        ? 'Thank you: your report was received. A moderator will read it.'
        : 'Thank you: it is hidden until a moderator has read it.',
    )
    await reader.close()
  }
  await expect.poll(onPage, { timeout: 5_000, intervals: [100, 250, 500] }).toBe(false)

  await page.goto('/moderation?view=reported')
  await page.getByLabel('Your name').fill('Mina (e2e moderator)')
  await page.getByLabel('Moderation secret').fill(e2eModerationSecret)
  await page.getByRole('button', { name: 'Sign in' }).click()
  const entry = page.getByRole('region', { name: 'Reported' }).getByRole('listitem').filter({ hasText: body })
  await expect(entry).toContainText(`Comment by ${name} · hidden`)
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
    `${reviewPage}#${anchor}`,
  )

  await expect.poll(onPage, { timeout: 5_000, intervals: [100, 250, 500] }).toBe(true)
  await page.goto(`${reviewPage}#${anchor}`)
  await expect(commentBy(page, name)).toContainText(body)
  await expect(page.getByRole('list', { name: `Replies to ${name}` })).toContainText('the silence in the taxi')
})
