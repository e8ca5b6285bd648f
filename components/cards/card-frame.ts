/** The shared frame of a clickable card; the ring shows when the card's link has keyboard focus. */
export const cardFrame =
  'relative flex flex-col rounded-md border border-rule bg-paper transition-colors hover:border-rule-strong has-[a:focus-visible]:outline-3 has-[a:focus-visible]:outline-offset-3 has-[a:focus-visible]:outline-focus'
