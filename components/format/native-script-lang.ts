/**
 * A lang attribute for a title or name in its native script, so screen readers switch voice and
 * browsers pick fitting fonts. Guessed from the script; undefined when it is Latin or unclear.
 */
export function nativeScriptLang(text: string | null | undefined): string | undefined {
  if (!text) return undefined
  if (/\p{Script=Hangul}/u.test(text)) return 'ko'
  if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)) return 'ja'
  if (/\p{Script=Han}/u.test(text)) return 'zh'
  if (/\p{Script=Thai}/u.test(text)) return 'th'
  if (/\p{Script=Cyrillic}/u.test(text)) return 'ru'
  return undefined
}
