import { badgeSvg } from '@/lib/embeds/badge-svg'
import { embeddableReviewSlugs, readReviewEmbed } from '@/lib/embeds/read'
import { checkedSlug, embedProblem, NO_EMBED } from '@/lib/embeds/responses'
import type { BadgeTheme } from '@/lib/routes'

// Built like a page and tagged with what it shows, so the revalidation webhook refreshes it.
export const dynamic = 'force-static'

const THEMES: readonly BadgeTheme[] = ['light', 'dark']

export async function generateStaticParams() {
  const slugs = await embeddableReviewSlugs()
  return THEMES.flatMap((theme) => slugs.map((slug) => ({ theme, file: `${slug}.svg` })))
}

type Params = Promise<{ theme: string; file: string }>

/**
 * /embed/badge/<slug>.svg[?theme=dark], which proxy.ts rewrites to /embed/badge/<theme>/<slug>.svg:
 * a static route cannot read the query string.
 */
export async function GET(_request: Request, { params }: { params: Params }): Promise<Response> {
  const { theme, file } = await params
  if (!THEMES.includes(theme as BadgeTheme)) return embedProblem(404, 'Badges come in light and dark only.')
  if (!file.endsWith('.svg')) return embedProblem(404, 'A badge address ends in .svg.')
  const slug = checkedSlug(file.slice(0, -'.svg'.length))
  if (slug instanceof Response) return slug
  const embed = await readReviewEmbed(slug)
  if (!embed) return embedProblem(404, NO_EMBED)
  return new Response(badgeSvg(embed, theme as BadgeTheme), {
    headers: { 'content-type': 'image/svg+xml; charset=utf-8' },
  })
}
