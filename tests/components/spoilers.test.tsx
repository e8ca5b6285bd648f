// @vitest-environment jsdom
import { act } from 'react'
import { createRoot, hydrateRoot, type Root } from 'react-dom/client'
import { renderToString } from 'react-dom/server'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { SpoilerBlock } from '@/components/spoilers/SpoilerBlock'
import { SpoilerShield } from '@/components/spoilers/SpoilerShield'
import { watchedStorageKey } from '@/components/spoilers/watched-episode-store'

import { render } from './render'

// React only flushes act() updates when told it runs under a test.
;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

const slug = 'love-in-the-big-city'

function Page() {
  return (
    <div>
      <SpoilerShield seriesSlug={slug} seriesTitle="Love in the Big City" episodeCount={8} />
      <SpoilerBlock episode={3} summary="A dinner goes wrong" seriesSlug={slug}>
        <p>Episode three secret.</p>
      </SpoilerBlock>
      <SpoilerBlock episode={5} summary="The disclosure" seriesSlug={slug}>
        <p>Episode five secret.</p>
      </SpoilerBlock>
    </div>
  )
}

describe('SpoilerBlock as the server renders it', () => {
  it('is collapsed behind a disclosure button that names the episode it spoils', () => {
    const { doc } = render(
      <SpoilerBlock episode={5} summary="The disclosure" seriesSlug={slug}>
        <p>Secret.</p>
      </SpoilerBlock>,
    )
    const button = doc.querySelector('button')!
    expect(button.getAttribute('type')).toBe('button')
    expect(button.getAttribute('aria-expanded')).toBe('false')
    expect(button.textContent).toContain('episode 5')
    const panel = doc.getElementById(button.getAttribute('aria-controls')!)
    expect(panel).not.toBeNull()
    expect(panel!.hasAttribute('hidden')).toBe(true)
    expect(panel!.textContent).toBe('Secret.')
    expect(doc.body.textContent).toContain('The disclosure')
  })

  it('renders the same unlocked markup whatever a reader stored, so static pages fit everyone', () => {
    window.localStorage.setItem(watchedStorageKey(slug), '1')
    const withMarker = renderToString(<Page />)
    window.localStorage.clear()
    expect(renderToString(<Page />)).toBe(withMarker)
    expect(withMarker).not.toContain('Locked')
  })
})

describe('SpoilerBlock and SpoilerShield in the browser', () => {
  let container: HTMLDivElement
  let root: Root | null = null

  beforeEach(() => {
    window.localStorage.clear()
    container = document.createElement('div')
    document.body.append(container)
  })

  afterEach(() => {
    act(() => root?.unmount())
    root = null
    container.remove()
  })

  const buttons = () => Array.from(container.querySelectorAll<HTMLButtonElement>('[role="group"] button'))
  const panelOf = (button: HTMLButtonElement) => document.getElementById(button.getAttribute('aria-controls')!)!
  const select = () => container.querySelector('select')!

  function chooseEpisode(value: string) {
    act(() => {
      const setter = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!
      setter.call(select(), value)
      select().dispatchEvent(new Event('change', { bubbles: true }))
    })
  }

  it('opens and closes with its button', () => {
    act(() => {
      root = createRoot(container)
      root.render(<Page />)
    })
    const [first] = buttons()
    act(() => first.click())
    expect(first.getAttribute('aria-expanded')).toBe('true')
    expect(panelOf(first).hidden).toBe(false)
    act(() => first.click())
    expect(first.getAttribute('aria-expanded')).toBe('false')
    expect(panelOf(first).hidden).toBe(true)
  })

  it('keeps spoilers past the marker shut, explains why, and remembers the marker per series', () => {
    act(() => {
      root = createRoot(container)
      root.render(<Page />)
    })
    chooseEpisode('4')
    expect(window.localStorage.getItem(watchedStorageKey(slug))).toBe('4')
    expect(container.textContent).toContain('Spoilers for episodes 5 to 8 are locked.')

    const [episodeThree, episodeFive] = buttons()
    act(() => episodeFive.click())
    expect(episodeFive.getAttribute('aria-expanded')).toBe('false')
    expect(panelOf(episodeFive).hidden).toBe(true)
    expect(episodeFive.closest('[role="group"]')!.querySelector('[role="status"]')!.textContent).toContain(
      'you have watched up to episode 4',
    )

    act(() => episodeThree.click())
    expect(episodeThree.getAttribute('aria-expanded')).toBe('true')
    expect(panelOf(episodeThree).hidden).toBe(false)

    chooseEpisode('8')
    act(() => episodeFive.click())
    expect(episodeFive.getAttribute('aria-expanded')).toBe('true')
    expect(panelOf(episodeFive).textContent).toBe('Episode five secret.')
  })

  it('hydrates server HTML without a mismatch, then applies the stored marker', () => {
    const serverHtml = renderToString(<Page />)
    window.localStorage.setItem(watchedStorageKey(slug), '2')
    container.innerHTML = serverHtml
    const errors: unknown[] = []
    act(() => {
      root = hydrateRoot(container, <Page />, { onRecoverableError: (error) => errors.push(error) })
    })
    expect(errors).toEqual([])
    expect(select().value).toBe('2')
    const [episodeThree] = buttons()
    expect(episodeThree.textContent).toContain('Locked')
  })
})
