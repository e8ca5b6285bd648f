import { isSlug } from '@/lib/routes'

/** Plain-text refusals for the embed routes: a person reading one learns what was wrong. */
export function embedProblem(status: 400 | 404, message: string): Response {
  return new Response(`${message}\n`, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } })
}

const MAX_SLUG_LENGTH = 96

/** The slug in an embed address, or a 400 saying why it is not one. */
export function checkedSlug(slug: string): string | Response {
  if (slug.length <= MAX_SLUG_LENGTH && isSlug(slug)) return slug
  return embedProblem(
    400,
    'Not a review slug: lowercase letters, digits and single hyphens, as in the review’s address.',
  )
}

export const NO_EMBED = 'No published review with a score has this slug.'
