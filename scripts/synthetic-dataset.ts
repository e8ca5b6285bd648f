/**
 * A synthetic dataset shaped like the bundled one (docs/content-model.md), for benchmarks and
 * build-scaling tests. Deterministic: the same options always give the same documents.
 *
 *   generateSyntheticDataset({ series: 200 })  // about 10,000 documents
 *   writeSyntheticDataset('/tmp/bench', { series: 50 })  // dataset.ndjson + images/, for BUNDLED_DATASET_FILE
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

export interface SyntheticDatasetOptions {
  /** Number of series; each brings its episodes, people, characters, reviews and a news article. */
  series: number
  /** Episodes per series (default 10); a list gives each series its own count, the first series the first. */
  episodesPerSeries?: number | readonly number[]
  /** Image file (under images/ next to the NDJSON) used for every poster, photo and hero image. */
  imageFile?: string
}

export type SyntheticDocument = { _id: string; _type: string } & Record<string, unknown>

const CRITIC_COUNT = 20
const PEOPLE_PER_SERIES = 14
const CHARACTERS_PER_SERIES = 10
const BILLINGS = [
  'lead',
  'lead',
  'main',
  'main',
  'supporting',
  'supporting',
  'supporting',
  'guest',
  'guest',
  'guest',
] as const
const ASPECTS = ['Writing', 'Performances', 'Direction', 'Music', 'Rewatch value']
const TOPICS = ['family-conflict', 'grief', 'substance-use', 'sexual-content', 'homophobia'] as const
const WORDS = (
  'city night river apartment letter friend winter summer rain train station cafe rooftop ' +
  'promise secret memory mother brother stranger neighbour music song photograph bridge ' +
  'market kitchen window morning evening silence laughter argument journey return office ' +
  'hospital school club festival harbour island mountain street garden lantern notebook'
).split(' ')

// Names as readers search them: common family names as often as in Korea (Kim, Lee, Park lead), given
// names of two syllables in the press's romanization, so a search for "Kim" matches what it would.
const FAMILY_NAMES = [
  ...Array.from({ length: 4 }, () => ['김', 'Kim']),
  ...Array.from({ length: 3 }, () => ['이', 'Lee']),
  ...Array.from({ length: 2 }, () => ['박', 'Park']),
  ['최', 'Choi'],
  ['정', 'Jung'],
  ['강', 'Kang'],
  ['조', 'Cho'],
  ['윤', 'Yoon'],
  ['장', 'Jang'],
  ['임', 'Lim'],
  ['한', 'Han'],
  ['오', 'Oh'],
  ['서', 'Seo'],
  ['신', 'Shin'],
  ['권', 'Kwon'],
  ['황', 'Hwang'],
  ['안', 'Ahn'],
] as const
const GIVEN_SYLLABLES = [
  ['민', 'min'],
  ['준', 'jun'],
  ['서', 'seo'],
  ['지', 'ji'],
  ['현', 'hyun'],
  ['우', 'woo'],
  ['연', 'yeon'],
  ['수', 'soo'],
  ['영', 'young'],
  ['호', 'ho'],
  ['은', 'eun'],
  ['진', 'jin'],
  ['하', 'ha'],
  ['윤', 'yoon'],
  ['재', 'jae'],
  ['성', 'sung'],
  ['태', 'tae'],
  ['혜', 'hye'],
  ['유', 'yoo'],
  ['경', 'kyung'],
] as const
const HANGUL_WORDS = (
  '도시 밤 강 편지 친구 겨울 여름 비 기차 역 사랑 비밀 기억 어머니 노래 사진 다리 시장 부엌 창문 ' +
  '아침 저녁 침묵 여행 병원 학교 축제 항구 섬 산 거리 정원 등불 공책'
).split(' ')

/** Small seeded generator so runs are comparable. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const pad = (n: number, width = 4) => String(n).padStart(width, '0')

export function generateSyntheticDataset(options: SyntheticDatasetOptions): SyntheticDocument[] {
  const seriesCount = options.series
  const perSeries = options.episodesPerSeries ?? 10
  const episodesOf = (s: number) => (typeof perSeries === 'number' ? perSeries : (perSeries[s - 1] ?? 10))
  const imageFile = options.imageFile ?? 'synthetic-poster.svg'
  if (!Number.isInteger(seriesCount) || seriesCount < 1)
    throw new RangeError(`series must be a positive integer, got ${seriesCount}`)

  const random = seededRandom(seriesCount * 7919 + (typeof perSeries === 'number' ? perSeries : perSeries.length))
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]
  let keyCounter = 0
  const key = () => `k${(keyCounter++).toString(36)}`
  const sentence = (length = 12) => {
    const words = Array.from({ length }, () => pick(WORDS))
    return `${words[0][0].toUpperCase()}${words.join(' ').slice(1)}.`
  }
  const point = () => ({ _type: 'verdictPoint', _key: key(), text: sentence(6) })
  const paragraph = (sentences = 3) =>
    Array.from({ length: sentences }, () => sentence(8 + Math.floor(random() * 10))).join(' ')
  const block = (text: string, style = 'normal', markDefs: object[] = [], marks: string[] = []) => ({
    _type: 'block',
    _key: key(),
    style,
    markDefs,
    children: [{ _type: 'span', _key: key(), text, marks }],
  })
  const blocks = (count: number) => Array.from({ length: count }, () => block(paragraph()))
  const image = (alt: string) => ({ _type: 'image', _sanityAsset: `image@file://./images/${imageFile}`, alt })
  const capitalized = (word: string) => `${word[0].toUpperCase()}${word.slice(1)}`
  const koreanName = () => {
    const [familyHangul, family] = pick(FAMILY_NAMES)
    const [[firstHangul, first], [secondHangul, second]] = [pick(GIVEN_SYLLABLES), pick(GIVEN_SYLLABLES)]
    return {
      hangul: `${familyHangul}${firstHangul}${secondHangul}`,
      romanized: `${family} ${capitalized(first)}-${second}`,
    }
  }
  const ref = (id: string) => ({ _type: 'reference', _ref: id })
  const keyedRef = (id: string) => ({ _type: 'reference', _ref: id, _key: key() })

  const documents: SyntheticDocument[] = []

  documents.push({
    _id: 'siteSettings',
    _type: 'siteSettings',
    title: 'Synthetic drama reviews',
    description: sentence(16),
    navigation: [
      { _type: 'navItem', _key: key(), label: 'Series', href: '/series' },
      { _type: 'navItem', _key: key(), label: 'Reviews', href: '/reviews' },
    ],
  })

  const criticIds: string[] = []
  for (let c = 1; c <= CRITIC_COUNT; c++) {
    const _id = `critic-${pad(c, 3)}`
    criticIds.push(_id)
    documents.push({
      _id,
      _type: 'critic',
      name: `Critic ${c}`,
      slug: { _type: 'slug', current: `critic-${c}` },
      role: c === 1 ? 'Editor' : 'Critic',
      bio: paragraph(2),
      avatar: image(`Portrait of critic ${c}`),
    })
  }

  for (let s = 1; s <= seriesCount; s++) {
    const tag = pad(s)
    const seriesId = `series-${tag}`
    const episodeCount = episodesOf(s)
    const year = 2000 + (s % 25)
    const premiere = `${year}-${pad((s % 12) + 1, 2)}-${pad((s % 27) + 1, 2)}`

    const personIds = Array.from({ length: PEOPLE_PER_SERIES }, (_, p) => `person-${tag}-${pad(p + 1, 2)}`)
    personIds.forEach((_id, p) => {
      const director = p >= PEOPLE_PER_SERIES - 3
      const { hangul, romanized } = koreanName()
      documents.push({
        _id,
        _type: 'person',
        name: romanized,
        nativeName: hangul,
        slug: { _type: 'slug', current: `person-${s}-${p + 1}` },
        birthDate: `${1960 + ((s + p) % 40)}-${pad((p % 12) + 1, 2)}-${pad((s % 28) + 1, 2)}`,
        occupations: director ? ['director'] : ['actor'],
        aliases: [romanized.replace('-', ' ')],
        photo: image(`Photo of person ${s}-${p + 1}`),
        bio: blocks(2),
      })
    })
    const actorIds = personIds.slice(0, CHARACTERS_PER_SERIES)
    const directorIds = personIds.slice(PEOPLE_PER_SERIES - 3)

    const seriesTitle = `${capitalized(pick(WORDS))} ${pick(WORDS)} ${pick(WORDS)}`
    documents.push({
      _id: seriesId,
      _type: 'series',
      title: seriesTitle,
      originalTitle: `${pick(HANGUL_WORDS)}의 ${pick(HANGUL_WORDS)}`,
      slug: { _type: 'slug', current: `series-${s}` },
      tagline: sentence(10),
      country: 'South Korea',
      year,
      genres: ['Drama', pick(['Romance', 'Comedy', 'Thriller', 'Family'])],
      episodeCount,
      episodeRuntimeMinutes: 50,
      premiereDate: premiere,
      finaleDate: premiere,
      platforms: [
        { _type: 'platform', _key: key(), name: 'Streaming service', url: 'https://example.com/watch', region: 'KR' },
      ],
      basedOn: { _type: 'sourceWork', title: `Novel ${s}`, author: `Author ${s}`, year: year - 3 },
      relatedWorks: [{ _type: 'relatedWork', _key: key(), title: `Film ${s}`, kind: 'film', year }],
      synopsis: blocks(3),
      poster: image(`Poster for series ${s}`),
      arcs: [
        {
          _type: 'arc',
          _key: key(),
          title: 'Part one',
          firstEpisode: 1,
          lastEpisode: Math.ceil(episodeCount / 2),
          directors: [keyedRef(directorIds[0])],
          summary: sentence(14),
        },
        {
          _type: 'arc',
          _key: key(),
          title: 'Part two',
          firstEpisode: Math.ceil(episodeCount / 2) + 1,
          lastEpisode: episodeCount,
          directors: [keyedRef(directorIds[1])],
          summary: sentence(14),
        },
      ],
      externalLinks: [{ _type: 'externalLink', _key: key(), label: 'Official site', url: 'https://example.com' }],
    })

    actorIds.forEach((actorId, c) => {
      documents.push({
        _id: `character-${tag}-${pad(c + 1, 2)}`,
        _type: 'character',
        name: koreanName().romanized,
        aliases: [],
        series: ref(seriesId),
        playedBy: ref(actorId),
        billing: BILLINGS[c % BILLINGS.length],
        description: paragraph(1),
        order: c,
      })
    })

    for (let e = 1; e <= episodeCount; e++) {
      documents.push({
        _id: `episode-${tag}-${pad(e, 2)}`,
        _type: 'episode',
        series: ref(seriesId),
        number: e,
        title: `Episode ${e}: ${pick(WORDS)}`,
        airDate: premiere,
        runtimeMinutes: 45 + (e % 10),
        directors: [keyedRef(directorIds[e <= episodeCount / 2 ? 0 : 1])],
        writers: [keyedRef(directorIds[2])],
        synopsis: blocks(2),
        guideSections: [
          { _type: 'guideSection', _key: key(), heading: sentence(4), body: blocks(2) },
          { _type: 'guideSection', _key: key(), heading: sentence(4), body: blocks(2) },
        ],
        contentNotes: [{ _type: 'contentNote', _key: key(), topic: pick(TOPICS), detail: sentence(8) }],
      })
    }

    const critic = () => ref(pick(criticIds))
    const reviewBody = () => [
      block(paragraph(), 'normal', [{ _type: 'internalLink', _key: 'lnk', reference: ref(seriesId) }], ['lnk']),
      block(sentence(6), 'h2'),
      ...blocks(4),
      { _type: 'spoiler', _key: key(), episode: episodeCount, summary: sentence(6), body: blocks(1) },
      { _type: 'pullQuote', _key: key(), text: sentence(12), attribution: 'Critic' },
    ]
    const publishedAt = `${year}-${pad((s % 12) + 1, 2)}-28T09:00:00Z`
    const score = () => Math.round((5 + random() * 5) * 10) / 10

    documents.push({
      _id: `review-${tag}-series`,
      _type: 'review',
      kind: 'series',
      title: `${seriesTitle}, reviewed`,
      slug: { _type: 'slug', current: `series-${s}-review` },
      critic: critic(),
      series: ref(seriesId),
      publishedAt,
      score: score(),
      aspects: ASPECTS.map((aspect) => ({
        _type: 'aspectScore',
        _key: key(),
        aspect,
        score: score(),
        verdict: sentence(10),
      })),
      verdict: sentence(20),
      pros: [point(), point()],
      cons: [point()],
      body: reviewBody(),
      spoilerLevel: 'light',
    })
    documents.push({
      _id: `review-${tag}-first-impressions`,
      _type: 'review',
      kind: 'first-impressions',
      title: `${seriesTitle}: first impressions`,
      slug: { _type: 'slug', current: `series-${s}-first-impressions` },
      critic: critic(),
      series: ref(seriesId),
      firstEpisode: 1,
      lastEpisode: 2,
      publishedAt,
      score: score(),
      verdict: sentence(16),
      body: reviewBody(),
      spoilerLevel: 'none',
    })
    for (let e = 1; e <= episodeCount; e++) {
      documents.push({
        _id: `review-${tag}-episode-${pad(e, 2)}`,
        _type: 'review',
        kind: 'episode',
        title: `${seriesTitle}, episode ${e}`,
        slug: { _type: 'slug', current: `series-${s}-episode-${e}` },
        critic: critic(),
        series: ref(seriesId),
        firstEpisode: e,
        lastEpisode: e,
        publishedAt,
        score: score(),
        verdict: sentence(14),
        body: reviewBody(),
        spoilerLevel: 'full',
      })
    }
    documents.push({
      _id: `review-${tag}-ending`,
      _type: 'review',
      kind: 'ending-explained',
      title: `${seriesTitle}: the ending explained`,
      slug: { _type: 'slug', current: `series-${s}-ending-explained` },
      critic: critic(),
      series: ref(seriesId),
      firstEpisode: 1,
      lastEpisode: episodeCount,
      publishedAt,
      body: reviewBody(),
      spoilerLevel: 'full',
    })
    documents.push({
      _id: `article-${tag}`,
      _type: 'article',
      title: `News about series ${s}`,
      slug: { _type: 'slug', current: `series-${s}-news` },
      publishedAt,
      series: ref(seriesId),
      excerpt: sentence(18),
      body: blocks(4),
      heroImage: image(`Still from series ${s}`),
    })

    // Drafts like an editor leaves them: pending edits of published reviews, unpublished reviews.
    if (s % 10 === 0) {
      const published = documents.find((doc) => doc._id === `review-${tag}-series`)!
      documents.push({
        ...published,
        _id: `drafts.review-${tag}-series`,
        title: `Series ${s}, reviewed again`,
        score: score(),
      })
    }
    if (s % 20 === 0) {
      documents.push({
        _id: `drafts.review-${tag}-unpublished`,
        _type: 'review',
        kind: 'episode',
        title: `Series ${s}, episode 1 (unpublished)`,
        slug: { _type: 'slug', current: `series-${s}-episode-1-unpublished` },
        critic: critic(),
        series: ref(seriesId),
        firstEpisode: 1,
        lastEpisode: 1,
        publishedAt,
        score: score(),
        body: reviewBody(),
        spoilerLevel: 'full',
      })
    }
  }
  return documents
}

const PLACEHOLDER_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="900" viewBox="0 0 600 900">' +
  '<rect width="600" height="900" fill="#2b2d42"/><circle cx="300" cy="380" r="160" fill="#ef233c"/></svg>\n'

/** Writes `<dir>/dataset.ndjson` and `<dir>/images/<imageFile>`; returns the NDJSON path. */
export function writeSyntheticDataset(dir: string, options: SyntheticDatasetOptions): string {
  const imageFile = options.imageFile ?? 'synthetic-poster.svg'
  mkdirSync(path.join(dir, 'images'), { recursive: true })
  writeFileSync(path.join(dir, 'images', imageFile), PLACEHOLDER_SVG)
  const file = path.join(dir, 'dataset.ndjson')
  const documents = generateSyntheticDataset({ ...options, imageFile })
  writeFileSync(file, documents.map((doc) => JSON.stringify(doc)).join('\n') + '\n')
  return file
}
