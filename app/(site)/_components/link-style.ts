/** Inline text links on reader pages: always underlined, so colour is never the only cue (WCAG 1.4.1). */
export const textLink = 'underline decoration-rule-strong underline-offset-4 hover:decoration-accent'
