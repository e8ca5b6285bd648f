import { describe, expect, it } from 'vitest'
import { nameForms, splitKoreanName } from '@/lib/search/name-forms'

describe('name forms', () => {
  it('romanizes a Hangul name a syllable at a time, family name apart', () => {
    const forms = nameForms('남윤수')
    expect(forms[0]).toBe('남윤수')
    expect(forms).toEqual(
      expect.arrayContaining(['윤수', 'nam yun-su', 'nam yunsu', 'namyunsu', 'nam yun su', 'yunsu']),
    )
    // The whole-word romanization's sound change does not belong in a name.
    expect(forms).not.toContain('namnyunsu')
  })

  it('keeps the official spelling of names whose syllables would change in a word', () => {
    expect(nameForms('고영')).toEqual(expect.arrayContaining(['go yeong', 'goyeong', 'yeong']))
    expect(nameForms('박상영')).toEqual(expect.arrayContaining(['bak sang-yeong', 'bak sangyeong', 'sangyeong']))
  })

  it('splits two-syllable family names', () => {
    expect(splitKoreanName('남궁민')).toEqual({ family: '남궁', given: '민' })
    expect(splitKoreanName('남윤수')).toEqual({ family: '남', given: '윤수' })
    expect(splitKoreanName('Nam Yoon-su')).toBeNull()
  })

  it('gives a romanized name its spellings with and without hyphens and spaces', () => {
    expect(nameForms('Nam Yoon-su')).toEqual(['nam yoon-su', 'nam yoonsu', 'nam yoon su', 'namyoonsu', 'yoonsu'])
  })
})
