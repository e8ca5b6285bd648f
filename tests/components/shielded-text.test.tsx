// @vitest-environment jsdom
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { renderToString } from 'react-dom/server'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { ReviewCard } from '@/components/cards/ReviewCard'
import { installShieldStylesheet } from '@/components/spoilers/shield-stylesheet'
import { ShieldedText } from '@/components/spoilers/ShieldedText'
import { ShieldNotice } from '@/components/spoilers/ShieldNotice'
import { SHIELD_STYLE_ID, SpoilerShieldStyles } from '@/components/spoilers/SpoilerShieldStyles'
import {
  SHIELD_CHANGE_EVENT,
  WATCHED_STORAGE_PREFIX,
  watchedStorageKey,
  writeWatchedUpTo,
} from '@/components/spoilers/watched-episode-store'

import { render, texts } from './render'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

const slug = 'love-in-the-big-city'
const options = {
  storagePrefix: WATCHED_STORAGE_PREFIX,
  changeEvent: SHIELD_CHANGE_EVENT,
  styleId: SHIELD_STYLE_ID,
  maxEpisodes: 200,
}

describe('ShieldedText as the server renders it', () => {
  it('prints unmarked text as it is, with no wrapper', () => {
    expect(
      render(
        <ShieldedText seriesSlug={slug} revealsUpTo={null}>
          Plain verdict.
        </ShieldedText>,
      ).html,
    ).toBe('Plain verdict.')
    expect(
      render(
        <ShieldedText seriesSlug={null} revealsUpTo={5}>
          No series.
        </ShieldedText>,
      ).html,
    ).toBe('No series.')
  })

  it('carries its series and episode, with the full text and a neutral note that says why', () => {
    const { doc } = render(
      <ShieldedText seriesSlug={slug} revealsUpTo={5}>
        Gyu-ho takes the news calmly.
      </ShieldedText>,
    )
    const wrapper = doc.querySelector('[data-reveals-episode]')!
    expect(wrapper.getAttribute('data-shield-series')).toBe(slug)
    expect(wrapper.getAttribute('data-reveals-episode')).toBe('5')
    expect(wrapper.getAttribute('data-layout')).toBe('reserve')
    expect(texts(wrapper.querySelectorAll(':scope > [data-shielded-version]'))).toEqual([
      'Gyu-ho takes the news calmly.',
      'Reveals episode 5: hidden by your spoiler shield.',
    ])
  })

  it('names the range for text about several episodes, and prefers the editor’s spoiler-free version', () => {
    const range = render(
      <ShieldedText seriesSlug={slug} revealsUpTo={6} coversFrom={5}>
        Arc summary.
      </ShieldedText>,
    )
    expect(range.doc.querySelector('[data-shielded-version="spoiler-free"]')!.textContent).toBe(
      'Covers episodes 5–6: hidden by your spoiler shield.',
    )
    const written = render(
      <ShieldedText seriesSlug={slug} revealsUpTo={6} coversFrom={5} spoilerFree="Young meets Gyu-ho.">
        Arc summary.
      </ShieldedText>,
    )
    expect(written.doc.querySelector('[data-shielded-version="spoiler-free"]')!.textContent).toBe('Young meets Gyu-ho.')
  })

  it('renders the same markup whatever a reader stored, so one static page serves everyone', () => {
    const page = (
      <ShieldedText seriesSlug={slug} revealsUpTo={5} spoilerFree="Safe.">
        Secret.
      </ShieldedText>
    )
    window.localStorage.setItem(watchedStorageKey(slug), '3')
    const withMarker = renderToString(page)
    window.localStorage.clear()
    expect(renderToString(page)).toBe(withMarker)
  })
})

describe('ReviewCard', () => {
  it('marks an episode review’s title and verdict with its episode by default', () => {
    const { doc } = render(
      <ReviewCard
        review={{
          kind: 'episode',
          title: 'Episode 5 review: someone who stays',
          spoilerFreeTitle: 'Episode 5 review',
          verdict: 'The warmest episode yet.',
          firstEpisode: 5,
          lastEpisode: 5,
          series: { title: 'Love in the Big City', slug, episodeCount: 8 },
        }}
      />,
    )
    const marked = Array.from(doc.querySelectorAll('[data-reveals-episode]'))
    expect(marked.map((element) => element.getAttribute('data-reveals-episode'))).toEqual(['5', '5'])
    expect(doc.querySelector('h3 [data-shielded-version="spoiler-free"]')!.textContent).toBe('Episode 5 review')
  })
})

describe('the shield’s stylesheet in the browser', () => {
  let container: HTMLDivElement

  // The site's own rule (app/globals.css): notices stay hidden unless the shield's script says otherwise.
  const siteRules = document.createElement('style')
  siteRules.textContent = '.shield-notice{display:none}'

  beforeEach(() => {
    window.localStorage.clear()
    document.getElementById(SHIELD_STYLE_ID)?.remove()
    document.head.prepend(siteRules)
    container = document.createElement('div')
    container.innerHTML = renderToString(
      <>
        <ShieldedText seriesSlug={slug} revealsUpTo={3}>
          Episode three text.
        </ShieldedText>
        <ShieldedText seriesSlug={slug} revealsUpTo={4}>
          Episode four text.
        </ShieldedText>
        <ShieldedText seriesSlug="another-series" revealsUpTo={4}>
          Another series.
        </ShieldedText>
        <ShieldNotice seriesSlug={slug} what="episode page" />
      </>,
    )
    document.body.append(container)
  })

  afterEach(() => container.remove())

  const versionOf = (text: string) =>
    Array.from(container.querySelectorAll('[data-shielded-version="full"]')).find(
      (element) => element.textContent === text,
    )!
  const visibility = (element: Element) => getComputedStyle(element).visibility
  const noticeDisplay = () => getComputedStyle(container.querySelector('[data-shield-notice]')!).display

  it('hides text past the marker for that series only, and shows its stand-in', () => {
    window.localStorage.setItem(watchedStorageKey(slug), '3')
    installShieldStylesheet(options)
    expect(visibility(versionOf('Episode three text.'))).toBe('visible')
    expect(visibility(versionOf('Episode four text.'))).toBe('hidden')
    expect(visibility(versionOf('Episode four text.').nextElementSibling!)).not.toBe('hidden')
    expect(visibility(versionOf('Another series.'))).toBe('visible')
  })

  it('hides nothing until the reader sets a marker, and then offers no notice', () => {
    expect(noticeDisplay()).toBe('none')
    installShieldStylesheet(options)
    expect(visibility(versionOf('Episode four text.'))).toBe('visible')
    expect(noticeDisplay()).toBe('block')
    act(() => writeWatchedUpTo(slug, 0))
    expect(visibility(versionOf('Episode three text.'))).toBe('hidden')
    expect(noticeDisplay()).toBe('none')
  })

  it('follows the marker as the reader moves it, and text shown anyway stays shown', () => {
    window.localStorage.setItem(watchedStorageKey(slug), '1')
    installShieldStylesheet(options)
    expect(visibility(versionOf('Episode four text.'))).toBe('hidden')
    versionOf('Episode three text.').parentElement!.setAttribute('data-shield-override', '')
    expect(visibility(versionOf('Episode three text.'))).toBe('visible')
    writeWatchedUpTo(slug, 8)
    expect(visibility(versionOf('Episode four text.'))).toBe('visible')
  })

  it('ignores stored values that are not an episode number or a slug', () => {
    window.localStorage.setItem(watchedStorageKey(slug), 'three')
    window.localStorage.setItem(`${WATCHED_STORAGE_PREFIX}"]{}*{display:none}`, '1')
    installShieldStylesheet(options)
    expect(document.getElementById(SHIELD_STYLE_ID)!.textContent).toBe('[data-shield-notice]{display:block}')
  })

  it('is what the inline script runs', () => {
    const script = render(<SpoilerShieldStyles />).doc.querySelector('script')!
    window.localStorage.setItem(watchedStorageKey(slug), '3')
    new Function(script.textContent!)()
    expect(visibility(versionOf('Episode four text.'))).toBe('hidden')
  })
})

describe('Show anyway', () => {
  let container: HTMLDivElement
  let root: Root | null = null

  beforeEach(() => {
    container = document.createElement('div')
    document.body.append(container)
  })

  afterEach(() => {
    act(() => root?.unmount())
    root = null
    container.remove()
  })

  it('asks before showing a long passage, then shows it on this page and moves focus to it', async () => {
    act(() => {
      root = createRoot(container)
      root.render(
        <ShieldedText
          seriesSlug={slug}
          revealsUpTo={5}
          showAnyway={{ label: 'Show the synopsis anyway', notice: 'You have not reached episode 5 yet.' }}
        >
          <p>Episode five synopsis.</p>
        </ShieldedText>,
      )
    })
    const wrapper = container.querySelector('[data-reveals-episode="5"]')!
    expect(wrapper.getAttribute('data-layout')).toBe('collapse')
    expect(wrapper.hasAttribute('data-shield-override')).toBe(false)
    const button = container.querySelector('button')!
    expect(button.textContent).toBe('Show the synopsis anyway')
    act(() => button.click())
    expect(wrapper.hasAttribute('data-shield-override')).toBe(true)
    await act(() => new Promise((resolve) => requestAnimationFrame(resolve)))
    expect(document.activeElement?.textContent).toBe('Episode five synopsis.')
  })
})
