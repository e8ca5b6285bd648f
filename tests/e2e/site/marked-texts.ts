/**
 * Every plot-revealing text of the bundled dataset that the site shows outside spoiler blocks, with
 * the last episode it reveals, as the site works it out (lib/spoilers/reveals.ts). Spoiler blocks
 * are left out: they stay closed until a reader opens them, whatever the shield says.
 */
import { readFileSync } from 'node:fs'

import { reviewBodyRevealsUpTo, reviewRevealsUpTo } from '../../../lib/spoilers/reveals'

export interface MarkedText {
  /** A run of plain words from the text, inside one text node, so it can be found as written. */
  phrase: string
  revealsUpTo: number
  /** Where it comes from, for failure messages. */
  source: string
}

interface Span {
  _type: string
  text?: string
  marks?: string[]
}

interface Block {
  _type: string
  style?: string
  children?: Span[]
}

type Doc = Record<string, unknown> & { _id: string; _type: string }

// Words and punctuation that an accessibility snapshot prints as written (no quotes or backslashes).
const plainWord = /^[A-Za-z0-9\-:,.;!?()–]+$/

/**
 * The longest run of plain words in the text (at most ten, at least four) that its spoiler-free
 * version does not also contain, so finding the phrase means the text itself is shown.
 */
export function phraseOf(text: string, spoilerFree?: string | null): string | null {
  const runs: string[][] = [[]]
  for (const word of text.split(/\s+/)) {
    if (plainWord.test(word)) runs[runs.length - 1].push(word)
    else runs.push([])
  }
  for (let length = 10; length >= 4; length--) {
    for (const run of runs) {
      for (let start = 0; start + length <= run.length; start++) {
        const phrase = run.slice(start, start + length).join(' ')
        if (!spoilerFree?.includes(phrase)) return phrase
      }
    }
  }
  return null
}

/** Text nodes of Portable Text outside spoiler blocks: unmarked spans, each rendered as one text node. */
function spansOf(blocks: unknown): string[] {
  if (!Array.isArray(blocks)) return []
  return (blocks as Block[])
    .filter((block) => block._type === 'block')
    .flatMap((block) =>
      (block.children ?? [])
        .filter((span) => span._type === 'span' && !span.marks?.length)
        .map((span) => span.text ?? ''),
    )
}

export function markedTexts(datasetFile: string): MarkedText[] {
  const documents = readFileSync(datasetFile, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Doc)
    .filter((document) => !document._id.startsWith('drafts.'))
  const byId = new Map(documents.map((document) => [document._id, document]))
  const found: MarkedText[] = []
  const add = (
    texts: (string | null | undefined)[],
    revealsUpTo: number | null | undefined,
    source: string,
    spoilerFree?: unknown,
  ) => {
    if (typeof revealsUpTo !== 'number') return
    for (const text of texts) {
      const phrase = text ? phraseOf(text, typeof spoilerFree === 'string' ? spoilerFree : null) : null
      if (phrase) found.push({ phrase, revealsUpTo, source })
    }
  }
  const seriesOf = (document: Doc) => byId.get((document.series as { _ref?: string } | undefined)?._ref ?? '')

  for (const document of documents) {
    const source = document._id
    if (document._type === 'series') {
      for (const arc of (document.arcs ?? []) as {
        summary?: string
        lastEpisode?: number
        spoilerFreeSummary?: string
      }[]) {
        add([arc.summary], arc.lastEpisode, `${source} arc`, arc.spoilerFreeSummary)
      }
    }
    if (document._type === 'episode') {
      const number = document.number as number
      add(spansOf(document.synopsis), number, `${source} synopsis`)
      for (const section of (document.guideSections ?? []) as { heading?: string; body?: unknown }[]) {
        add([section.heading, ...spansOf(section.body)], number, `${source} guide`)
      }
      add(
        ((document.contentNotes ?? []) as { detail?: string }[]).map((note) => note.detail),
        number,
        `${source} content note`,
      )
    }
    // The site lists characters through the people who play them; one without an actor has no page to appear on.
    if (document._type === 'character' && document.playedBy) {
      add(
        [document.description as string],
        document.descriptionRevealsUpTo as number | undefined,
        `${source} description`,
        document.spoilerFreeDescription,
      )
    }
    if (document._type === 'article') {
      const revealsUpTo = document.revealsUpToEpisode as number | undefined
      add([document.title as string], revealsUpTo, `${source} headline`, document.spoilerFreeTitle)
      add([document.excerpt as string], revealsUpTo, `${source} excerpt`, document.spoilerFreeExcerpt)
    }
    if (document._type === 'review') {
      const review = document as Doc & Parameters<typeof reviewRevealsUpTo>[1]
      const episodeCount = seriesOf(document)?.episodeCount as number | undefined
      const titleMarker = reviewRevealsUpTo(document.titleRevealsUpTo as number | undefined, review, episodeCount)
      const verdictMarker = reviewRevealsUpTo(document.verdictRevealsUpTo as number | undefined, review, episodeCount)
      add([document.title as string], titleMarker, `${source} title`, document.spoilerFreeTitle)
      add([document.verdict as string], verdictMarker, `${source} verdict`, document.spoilerFreeVerdict)
      for (const aspect of (document.aspects ?? []) as {
        verdict?: string
        revealsUpToEpisode?: number
        spoilerFreeVerdict?: string
      }[]) {
        add([aspect.verdict], aspect.revealsUpToEpisode, `${source} aspect`, aspect.spoilerFreeVerdict)
      }
      const points = [...((document.pros ?? []) as object[]), ...((document.cons ?? []) as object[])]
      for (const point of points as { text?: string; revealsUpToEpisode?: number; spoilerFreeText?: string }[]) {
        add([point.text], point.revealsUpToEpisode, `${source} pro or con`, point.spoilerFreeText)
      }
      add(spansOf(document.body), reviewBodyRevealsUpTo(review, episodeCount), `${source} body`)
    }
  }
  return found
}
