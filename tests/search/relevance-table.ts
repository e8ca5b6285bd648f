/**
 * The relevance table: what readers type, and the result that must come first on the bundled
 * dataset. The test (relevance.test.ts) and the benchmark (`npm run bench -- --only=search`) read it.
 */
import type { SearchType } from '@/lib/search/types'

export interface RelevanceCase {
  query: string
  /** What the query exercises, for the table's readers. */
  why: string
  first: { type: SearchType; title: string }
}

const namYoonSu = { type: 'person', title: 'Nam Yoon-su' } as const
const series = { type: 'series', title: 'Love in the Big City' } as const
const parkSangYoung = { type: 'person', title: 'Park Sang-young' } as const
const hurJinHo = { type: 'person', title: 'Hur Jin-ho' } as const

export const RELEVANCE_TABLE: readonly RelevanceCase[] = [
  { query: 'Nam Yoon-su', why: 'name as the site spells it', first: namYoonSu },
  { query: 'Nam Yoonsu', why: 'no hyphen', first: namYoonSu },
  { query: 'namyoonsu', why: 'no space, no hyphen', first: namYoonSu },
  { query: 'Nam Yun-su', why: 'Revised Romanization generated from Hangul', first: namYoonSu },
  { query: 'Nam Yoon-soo', why: 'press spelling (editor alias)', first: namYoonSu },
  { query: 'Nam Yonsu', why: 'one typo in a long word', first: namYoonSu },
  { query: '남윤수', why: 'Hangul', first: namYoonSu },
  { query: '윤수', why: 'given name alone, Hangul', first: namYoonSu },
  { query: '남 윤수', why: 'Hangul, family name spaced off', first: namYoonSu },
  { query: 'yoonsu', why: 'given name alone, romanized', first: namYoonSu },
  { query: '이수경', why: 'Hangul', first: { type: 'person', title: 'Lee Soo-kyung' } },
  { query: '수경', why: 'given name alone, Hangul', first: { type: 'person', title: 'Lee Soo-kyung' } },
  { query: 'Lee Soo Kyung', why: 'spaces for hyphens', first: { type: 'person', title: 'Lee Soo-kyung' } },
  { query: '권혁', why: 'two-syllable Hangul name', first: { type: 'person', title: 'Kwon Hyuk' } },
  { query: '박상영', why: 'Hangul', first: parkSangYoung },
  { query: 'Bak Sang-yeong', why: 'official romanization of a Park', first: parkSangYoung },
  { query: 'Sang Young Park', why: 'given name first (editor alias)', first: parkSangYoung },
  { query: 'Hur Jin-ho', why: 'a director', first: hurJinHo },
  { query: '허진호', why: 'a director in Hangul', first: hurJinHo },
  { query: 'Heo Jin-ho', why: 'a director, romanization generated from Hangul', first: hurJinHo },
  { query: 'Son Tae-gyeom', why: 'a director, alias spelling', first: { type: 'person', title: 'Son Tae-gyum' } },
  { query: 'Hong Jiyoung', why: 'a director, no hyphen', first: { type: 'person', title: 'Hong Ji-young' } },
  { query: 'Love in the Big City', why: 'series title', first: series },
  { query: 'love big city', why: 'some words of the title', first: series },
  { query: '대도시의 사랑법', why: 'original title in Hangul', first: series },
  { query: '사랑법', why: 'a word of the Hangul title', first: series },
  { query: '대도시', why: 'a word without its particle', first: series },
  { query: 'daedosiui sarangbeop', why: 'original title romanized', first: series },
  { query: 'The Photographer', why: 'episode title', first: { type: 'episode', title: 'The Photographer' } },
  { query: 'Photographr', why: 'episode title with a typo', first: { type: 'episode', title: 'The Photographer' } },
  { query: 'wedding song', why: 'episode title, lower case', first: { type: 'episode', title: 'The Wedding Song' } },
  { query: 'episode 5', why: 'episode by number', first: { type: 'episode', title: 'The Toolbox' } },
  { query: '8화', why: 'episode by number, Korean', first: { type: 'episode', title: 'The Lantern' } },
  { query: 'Go Young', why: 'character', first: { type: 'character', title: 'Go Young' } },
  { query: '고영', why: 'character in Hangul (editor alias)', first: { type: 'character', title: 'Go Young' } },
  { query: 'Choi Miae', why: 'character, no hyphen', first: { type: 'character', title: 'Choi Mi-ae' } },
  { query: 'Gyuho', why: 'character, no hyphen', first: { type: 'character', title: 'Gyu-ho' } },
  {
    query: 'ending explained',
    why: 'review kind',
    first: { type: 'review', title: 'Love in the Big City: the ending explained' },
  },
  {
    query: 'sentimental education',
    why: 'words of a review title',
    first: { type: 'review', title: 'Love in the Big City review: a sentimental education in four loves' },
  },
  {
    query: 'episode 3 review',
    why: 'an episode review, spoiler-free title',
    first: { type: 'review', title: 'Love in the Big City episode 3 review' },
  },
]
