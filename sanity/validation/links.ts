import { safeHref, type LinkProtocol } from '@/lib/safe-href'

/**
 * Checks a link with the very function the site renders links through (lib/safe-href), so a
 * link the Studio accepts is never silently dropped from the page.
 */
export function linkProblem(options: { protocols: readonly LinkProtocol[]; allowSitePaths?: boolean }) {
  const allowed = options.protocols.map((protocol) => (protocol === 'mailto:' ? 'mailto:' : `${protocol}//`))
  const sitePaths = options.allowSitePaths ? ', or a path on this site such as /reviews' : ''
  return (value: unknown): true | string => {
    if (value === undefined || value === '') return true
    if (safeHref(value, options)) return true
    return (
      `This link would be removed from the page. Use a full address starting with ` +
      `${allowed.join(' or ')}${sitePaths}, with no spaces or login details.`
    )
  }
}

export const webLinkProblem = linkProblem({ protocols: ['https:', 'http:'] })
export const videoLinkProblem = linkProblem({ protocols: ['https:'] })
export const bodyLinkProblem = linkProblem({ protocols: ['https:', 'http:', 'mailto:'] })
export const navigationLinkProblem = linkProblem({ protocols: ['https:', 'http:'], allowSitePaths: true })
