/** The id every page's main region carries, so the skip link always has somewhere to land. */
export const mainContentId = 'main-content'

export function SkipLink() {
  return (
    <a href={`#${mainContentId}`} className="skip-link sr-only-focusable">
      Skip to main content
    </a>
  )
}
