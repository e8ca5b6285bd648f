/**
 * Markup built as text for responses that are not React pages (the badge SVG, the embed card):
 * every interpolated value is escaped unless it is markup itself, so content and request input can
 * never open a tag or an attribute.
 */
import { escapeXml } from '@/lib/seo/rss'

const raw = Symbol('markup')

export interface Markup {
  readonly [raw]: string
}

type Value = string | number | Markup | readonly Markup[] | null | undefined | false

function isMarkup(value: unknown): value is Markup {
  return typeof value === 'object' && value !== null && raw in value
}

function valueText(value: Value): string {
  if (value === null || value === undefined || value === false) return ''
  if (typeof value === 'number') return String(value)
  if (typeof value === 'string') return escapeXml(value)
  if (isMarkup(value)) return value[raw]
  return value.map((item) => item[raw]).join('')
}

/** A tagged template: `markup\`<p>${text}</p>\`` escapes `text`, nests other `markup` as is. */
export function markup(strings: TemplateStringsArray, ...values: Value[]): Markup {
  let text = strings[0]
  values.forEach((value, index) => {
    text += valueText(value) + strings[index + 1]
  })
  return { [raw]: text }
}

/** Constant text of the calling module (a stylesheet), taken as markup: never pass content or input. */
export function constantMarkup(text: string): Markup {
  return { [raw]: text }
}

export function markupText(value: Markup): string {
  return value[raw]
}
