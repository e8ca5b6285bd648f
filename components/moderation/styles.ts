/** Shared classes of the moderation pages' controls. */
export const inputClass = 'mt-1 block w-full rounded border border-rule-strong bg-paper px-3 py-2 text-base text-ink'
export const buttonClass =
  'rounded border border-rule-strong bg-paper-raised px-3 py-1.5 font-semibold hover:border-ink focus-visible:outline-2'
export const primaryButtonClass = 'rounded bg-accent px-3 py-1.5 font-semibold text-on-accent focus-visible:outline-2'
export const linkClass = 'underline underline-offset-4'
