/** What the comment specs share: finding comments and their forms, and waiting out a form token. */
import { expect, type Locator, type Page } from '@playwright/test'

const FORM_TOKEN_MIN_AGE_MS = 3_000

/** Form tokens are refused for 3 s after the server signed them (too fast for a person). */
export async function waitOutFormToken(page: Page) {
  const issuedAt = Number((await page.locator('input[name="formToken"]').inputValue()).split('.')[0])
  const wait = issuedAt + FORM_TOKEN_MIN_AGE_MS + 200 - Date.now()
  if (wait > 0) await page.waitForTimeout(wait)
}

export function commentBy(page: Page, name: string): Locator {
  return page.getByRole('article', { name: new RegExp(`^Comment [\\d.–]+ by ${name}$`) })
}

export function commentBox(page: Page, label: 'Your comment' | 'Your reply') {
  return page.getByRole('textbox', { name: label })
}

export async function anchorOf(comment: Locator): Promise<string> {
  const id = await comment.getAttribute('id')
  expect(id).toMatch(/^comment-[\w-]+$/)
  return id!
}
