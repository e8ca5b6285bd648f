import { cardHtml } from '@/lib/embeds/card-html'
import { embeddableReviewSlugs, readReviewEmbed } from '@/lib/embeds/read'
import { checkedSlug, embedProblem, NO_EMBED } from '@/lib/embeds/responses'

// Built like a page and tagged with what it shows, so the revalidation webhook refreshes it.
export const dynamic = 'force-static'

export async function generateStaticParams() {
  return (await embeddableReviewSlugs()).map((slug) => ({ slug }))
}

/**
 * /embed/review/<slug>: the score card other sites frame (lib/security-headers.ts lets any site do
 * so here, and only here). A route handler rather than a page: no site frame and no framework script.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const slug = checkedSlug((await params).slug)
  if (slug instanceof Response) return slug
  const embed = await readReviewEmbed(slug)
  if (!embed) return embedProblem(404, NO_EMBED)
  return new Response(cardHtml(embed), { headers: { 'content-type': 'text/html; charset=utf-8' } })
}
