/**
 * Comment threads on critics' reviews, in Chromium against `next start`, with and without
 * JavaScript: posting, replying with a mention, a draft that survives a reload, a held comment,
 * reports, and the author's edit. Every post comes from 127.0.0.1, which may post 20 comments an
 * hour, so this file posts fewer than that. The server starts from the sample comments each run.
 */
import { expect, test } from '@playwright/test'

import { anchorOf, commentBox, commentBy, waitOutFormToken } from './comment-helpers'

const seriesReview = '/reviews/love-in-the-big-city-review'
const firstImpressions = '/reviews/love-in-the-big-city-first-impressions'

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('a comment and a reply with a mention go back to their place in the thread', async ({ page }) => {
    const name = `Plain Reader ${Date.now()}`
    await page.goto(seriesReview)
    await page.getByRole('link', { name: 'Write a comment' }).click()
    await expect(page).toHaveURL(/\/comments\/new\?subject=review-love-in-the-big-city-review$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Comment on /)
    // A series review covers no particular episodes: nothing to mark as "later".
    await expect(page.getByRole('checkbox', { name: /Discusses later episodes/ })).toHaveCount(0)
    await commentBox(page, 'Your comment').fill('Ten years in four chapters, and <b>not</b> one wasted scene.')
    await page.getByLabel('Display name').fill(name)
    await waitOutFormToken(page)
    await page.getByRole('button', { name: 'Post comment' }).click()

    await expect(page).toHaveURL(new RegExp(`${seriesReview}#comment-[\\w-]+$`))
    const comment = commentBy(page, name)
    await expect(comment).toContainText('Ten years in four chapters, and <b>not</b> one wasted scene.')
    const anchor = await anchorOf(comment)
    expect(new URL(page.url()).hash).toBe(`#${anchor}`)
    await expect(comment.getByRole('link', { name: /^Link to comment #\d+$/ })).toHaveAttribute('href', `#${anchor}`)
    await expect(comment.locator('time')).toHaveText(/^\d{1,2} \w+ \d{4}, \d\d:\d\d UTC$/)

    await comment.getByRole('link', { name: `Reply to ${name}` }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Reply to ${name}`)
    const reply = commentBox(page, 'Your reply')
    await expect(reply).toHaveValue(`@${name} `)
    await reply.fill(`@${name} the third chapter most of all.`)
    await page.getByLabel('Display name').fill('Second Plain Reader')
    await waitOutFormToken(page)
    await page.getByRole('button', { name: 'Post reply' }).click()

    await expect(page).toHaveURL(new RegExp(`${seriesReview}#comment-[\\w-]+$`))
    const replies = page.getByRole('list', { name: `Replies to ${name}` })
    const posted = replies.getByRole('article', { name: /by Second Plain Reader$/ })
    await expect(posted).toContainText('the third chapter most of all.')
    await expect(posted.getByRole('link', { name: `@${name}` })).toHaveAttribute('href', `#${anchor}`)
  })

  test('a held comment says it waits for a moderator; a report is a plain form', async ({ page }) => {
    await page.goto(`/comments/new?subject=review-love-in-the-big-city-review`)
    await commentBox(page, 'Your comment').fill('Full episodes at http://streams.example, just saying.')
    await page.getByLabel('Display name').fill('Link Poster')
    await waitOutFormToken(page)
    await page.getByRole('button', { name: 'Post comment' }).click()
    await expect(page).toHaveURL(/\/comments\/[\w-]+$/)
    await expect(page.getByText('Your comment on', { exact: false })).toContainText('Waiting for a moderator')
    await expect(page.getByRole('main').getByRole('status')).toContainText('once a moderator has read it')

    await page.goto(firstImpressions)
    const question = commentBy(page, 'Seo-yeon')
    await question.locator('summary').click()
    await question.getByRole('radio', { name: 'Off-topic' }).check()
    await question.getByRole('button', { name: 'Send report' }).click()
    await expect(page.getByText('Thank you: your report was received. A moderator will read it.')).toBeVisible()
    await expect(page.getByRole('link', { name: 'Back to the page' })).toHaveAttribute(
      'href',
      `${firstImpressions}#comment-sample-comment-05`,
    )
  })
})

test.describe('with JavaScript', () => {
  test('the typed comment survives a reload; posting and replying happen in place', async ({ page }) => {
    const name = `Script Reader ${Date.now()}`
    await page.goto(firstImpressions)
    // The sample thread: a mention links to the comment it answers; a comment about later episodes is folded.
    await expect(commentBy(page, 'jiwoo_watches').getByRole('link', { name: '@Hana' })).toHaveAttribute(
      'href',
      '#comment-sample-comment-01',
    )
    const folded = commentBy(page, 'Mina Park').getByRole('group', { name: 'Spoiler for episode 3' })
    await expect(folded.getByText('the photographer')).toBeHidden()
    const jsonLd = await page
      .locator('script[type="application/ld+json"]')
      .evaluateAll((scripts) => scripts.map((script) => JSON.parse(script.textContent ?? '{}')))
    const review = jsonLd.find((node) => node['@type'] === 'Review')
    // The five published sample comments, and any this run's earlier tests added.
    expect(review?.commentCount).toBeGreaterThanOrEqual(5)

    await page.getByRole('link', { name: 'Write a comment' }).click()
    await expect(page).toHaveURL(new RegExp(`${firstImpressions}$`))
    const body = 'The second episode is where it clicked for me: the rooftop scene.'
    await commentBox(page, 'Your comment').fill(body)
    await page.getByLabel('Display name').fill(name)
    await expect(page.getByText(`${body.length} / 5,000 characters`)).toBeVisible()

    await page.reload()
    await expect(commentBox(page, 'Your comment')).toHaveValue(body)
    await expect(page.getByLabel('Display name')).toHaveValue(name)
    await expect(page.getByRole('checkbox', { name: /Discusses later episodes/ })).not.toBeChecked()
    await waitOutFormToken(page)
    await page.getByRole('button', { name: 'Post comment' }).click()

    const mine = commentBy(page, name)
    await expect(mine).toContainText(body)
    await expect(page).toHaveURL(new RegExp(`${firstImpressions}$`))
    await expect(mine.getByRole('link', { name: 'Edit your comment' })).toHaveAttribute('href', /^\/comments\//)
    const anchor = await anchorOf(mine)

    await mine.getByRole('link', { name: `Reply to ${name}` }).click()
    const reply = commentBox(page, 'Your reply')
    await expect(reply).toHaveValue(`@${name} `)
    await expect(reply).toBeFocused()
    await reply.fill(`@${name} and the first episode's last shot.`)
    await page.getByLabel('Display name').fill('Reply Reader')
    await waitOutFormToken(page)
    await page.getByRole('button', { name: 'Post reply' }).click()
    const answer = page.getByRole('list', { name: `Replies to ${name}` }).getByRole('article')
    await expect(answer).toContainText("and the first episode's last shot.")
    await expect(answer.getByRole('link', { name: `@${name}` })).toHaveAttribute('href', `#${anchor}`)

    // Sent: no draft is left, and the page itself now carries both.
    await page.reload()
    await expect(page.getByRole('link', { name: 'Write a comment' })).toBeVisible()
    await expect(commentBy(page, name)).toContainText(body)
    await expect(page.getByRole('list', { name: `Replies to ${name}` })).toContainText('last shot')
  })

  test('a held comment waits for a moderator in place; Discard forgets a draft', async ({ page }) => {
    await page.goto(seriesReview)
    await page.getByRole('link', { name: 'Write a comment' }).click()
    await commentBox(page, 'Your comment').fill('Mirror of every episode: https://mirror.example/love')
    await page.getByLabel('Display name').fill('Held Reader')
    await waitOutFormToken(page)
    await page.getByRole('button', { name: 'Post comment' }).click()
    const held = commentBy(page, 'Held Reader')
    await expect(held.getByRole('status')).toHaveText(/waiting for a moderator/)
    await page.reload()
    await expect(commentBy(page, 'Held Reader')).toHaveCount(0)

    await page.getByRole('link', { name: 'Write a comment' }).click()
    await commentBox(page, 'Your comment').fill('Second thoughts.')
    await page.getByRole('button', { name: 'Discard' }).click()
    await page.reload()
    await expect(page.getByRole('link', { name: 'Write a comment' })).toBeVisible()
    await expect(commentBox(page, 'Your comment')).toHaveCount(0)
  })

  test('a report is sent in place with its reason; a second one from the same reader is not counted', async ({
    page,
  }) => {
    await page.goto(firstImpressions)
    const comment = commentBy(page, 'Hana').first()
    await comment.locator('summary').click()
    await comment.getByRole('radio', { name: 'Spoils later episodes' }).check()
    await comment.getByRole('button', { name: 'Send report' }).click()
    await expect(comment.getByRole('status')).toHaveText(
      'Thank you: your report was received. A moderator will read it.',
    )
    await expect(page).toHaveURL(new RegExp(`${firstImpressions}$`))
    await comment.locator('summary').click()
    await comment.getByRole('radio', { name: 'Abusive or hateful' }).check()
    await comment.getByRole('button', { name: 'Send report' }).click()
    await expect(comment.getByRole('status')).toHaveText('You have reported this already; a moderator will read it.')
  })

  test('the author edits their comment on its own page', async ({ page }) => {
    await page.goto('/reviews/love-in-the-big-city-episode-2')
    await page.getByRole('link', { name: 'Write a comment' }).click()
    await commentBox(page, 'Your comment').fill('The rooftop.')
    await page.getByLabel('Display name').fill('Editing Reader')
    await waitOutFormToken(page)
    await page.getByRole('button', { name: 'Post comment' }).click()
    await commentBy(page, 'Editing Reader').getByRole('link', { name: 'Edit your comment' }).click()
    await expect(page.getByText(/You can edit or delete this comment until \d\d:\d\d UTC/)).toBeVisible()
    await page.getByRole('textbox', { name: 'Your comment' }).fill('The rooftop, and the silence after it.')
    await page.getByRole('button', { name: 'Save changes' }).click()
    await expect(page.locator('article')).toContainText('The rooftop, and the silence after it.')
    await page.getByRole('link', { name: 'See it in the discussion' }).click()
    await expect(commentBy(page, 'Editing Reader')).toContainText('and the silence after it.')
  })
})
