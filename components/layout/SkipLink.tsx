/** The id every page's main region carries, so the skip link always has somewhere to land. */
export const mainContentId = 'main-content'

export function SkipLink() {
  return (
    <a
      href={`#${mainContentId}`}
      className="sr-only-focusable fixed top-3 left-3 z-50 rounded bg-ink
        px-4 py-2 font-sans text-sm font-semibold text-paper no-underline shadow-lg"
    >
      Skip to main content
    </a>
  )
}
