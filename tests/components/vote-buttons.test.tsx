// @vitest-environment jsdom
/** The vote buttons as a page serves them: plain forms that work before (or without) JavaScript. */
import { describe, expect, it } from 'vitest'

import { VoteButtons } from '@/components/reactions/VoteButtons'

import { render } from './render'

describe('VoteButtons', () => {
  const { doc } = render(<VoteButtons reviewId="sample review/01" helpful={3} notHelpful={1} returnTo="/series/x" />)
  const forms = Array.from(doc.querySelectorAll('form'))

  it('is one plain POST form per answer, to the votes API of that review, coming back to the page', () => {
    expect(forms).toHaveLength(2)
    for (const [index, form] of forms.entries()) {
      expect(form.getAttribute('method')).toBe('post')
      expect(form.getAttribute('action')).toBe('/api/reactions/reviews/sample%20review%2F01/votes')
      const fields = Object.fromEntries(new FormData(form as HTMLFormElement))
      expect(fields).toEqual({ helpful: index === 0 ? 'true' : 'false', returnTo: '/series/x' })
    }
  })

  it('shows both counts inside a group a screen reader names', () => {
    const group = doc.querySelector('[role="group"]')
    expect(group?.getAttribute('aria-label')).toBe('Was this review helpful?')
    const buttons = Array.from(doc.querySelectorAll('button[type="submit"]'))
    const spoken = (button: Element) =>
      Array.from(button.childNodes)
        .filter((node) => !(node instanceof Element && node.getAttribute('aria-hidden') === 'true'))
        .map((node) => node.textContent)
        .join('')
    expect(buttons.map((button) => button.textContent)).toEqual(['Helpful(3), 3 votes', 'Not helpful(1), 1 vote'])
    expect(buttons.map(spoken)).toEqual(['Helpful, 3 votes', 'Not helpful, 1 vote'])
    expect(doc.querySelector('[role="status"]')).not.toBeNull()
  })
})
