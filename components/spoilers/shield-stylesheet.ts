/**
 * The spoiler shield's stylesheet, built in the browser from the reader's markers. Pages are static
 * and the same for everyone, so the server cannot know what to hide: marked text carries
 * `data-shield-series` and `data-reveals-episode`, and this writes the CSS that hides whatever
 * reveals more than the reader has watched. It runs inline before the page content is parsed (see
 * SpoilerShieldStyles), so hidden text is never painted and nothing moves once the page is shown.
 *
 * It is serialised with Function.prototype.toString, so it must not use anything from outside its
 * own body: everything it needs comes in through `options`.
 */

export interface ShieldStylesheetOptions {
  /** localStorage keys are this prefix plus a series slug; the value is the last episode watched. */
  storagePrefix: string
  /** Same-page event fired when the reader moves a marker. */
  changeEvent: string
  /** The id of the <style> element this keeps up to date. */
  styleId: string
  /** No series has more episodes than this, so a marker at or past it hides nothing. */
  maxEpisodes: number
}

export function installShieldStylesheet(options: ShieldStylesheetOptions): void {
  const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
  const watchedPattern = /^\d{1,4}$/

  function markers(): { slug: string; watched: number }[] {
    const found: { slug: string; watched: number }[] = []
    try {
      for (let index = 0; index < window.localStorage.length; index++) {
        const key = window.localStorage.key(index)
        if (!key || key.indexOf(options.storagePrefix) !== 0) continue
        const slug = key.slice(options.storagePrefix.length)
        const value = window.localStorage.getItem(key)
        if (slugPattern.test(slug) && value !== null && watchedPattern.test(value))
          found.push({ slug, watched: Number(value) })
      }
    } catch {
      // Storage can be blocked (privacy modes): then nothing is set and nothing is hidden.
    }
    return found
  }

  function stylesheet(): string {
    // Notices for first-time visitors need this script to work, so they only show when it runs.
    const rules = ['[data-shield-notice]{display:block}']
    const shielded: string[] = []
    for (const { slug, watched } of markers()) {
      rules.push(`[data-shield-notice="${slug}"]{display:none}`)
      if (watched >= options.maxEpisodes) continue
      const seen: string[] = []
      for (let episode = 1; episode <= watched; episode++) seen.push(`[data-reveals-episode="${episode}"]`)
      const watchedOnes = seen.length ? `:not(${seen.join(',')})` : ''
      shielded.push(`[data-shield-series="${slug}"][data-reveals-episode]:not([data-shield-override])${watchedOnes}`)
    }
    if (shielded.length > 0) {
      const text = `:is(${shielded.join(',')})`
      rules.push(
        `${text}>[data-shielded-version="full"]{visibility:hidden}`,
        `${text}>[data-shielded-version="spoiler-free"]{visibility:inherit}`,
        `${text}[data-layout="collapse"]>[data-shielded-version="full"]{display:none}`,
        `${text}[data-layout="collapse"]>[data-shielded-version="spoiler-free"]{display:block}`,
      )
    }
    return rules.join('\n')
  }

  function isHidden(element: Element): boolean {
    const style = window.getComputedStyle(element)
    return style.visibility === 'hidden' || style.display === 'none'
  }

  // The tab shows the page's <title>, which repeats the headline: it follows the version of the
  // headline the reader sees. The swap starts from the title as the page set it (Next sets a new
  // one after a client-side navigation), so applying it again changes nothing.
  let pageTitle = document.title
  let shownTitle = document.title
  function retitle(): void {
    if (document.title !== shownTitle) pageTitle = document.title
    let title = pageTitle
    const headlines = document.querySelectorAll('h1 [data-shielded-version="full"]')
    for (let index = 0; index < headlines.length; index++) {
      const full = headlines[index]!.textContent || ''
      const spoilerFree = headlines[index]!.nextElementSibling?.textContent || ''
      if (full && spoilerFree && isHidden(headlines[index]!)) title = title.split(full).join(spoilerFree)
    }
    shownTitle = title
    if (title !== document.title) document.title = title
  }

  function apply(): void {
    let style = document.getElementById(options.styleId)
    if (!style) {
      style = document.createElement('style')
      style.id = options.styleId
      document.head.appendChild(style)
    }
    style.textContent = stylesheet()
    retitle()
  }

  apply()
  window.addEventListener('storage', apply)
  window.addEventListener(options.changeEvent, apply)
  document.addEventListener('DOMContentLoaded', () => {
    retitle()
    // Only <title> changes matter: a client-side navigation, or the page's own metadata.
    new MutationObserver(retitle).observe(document.head, { childList: true, subtree: true, characterData: true })
  })
}
