/** What the reader review and comment forms share. */

/** A text input or text area; outlined in the accent colour when its field has an error. */
export const fieldInputClass =
  'mt-1 block w-full rounded border border-rule-strong bg-paper px-3 py-2 text-base text-ink ' +
  'aria-invalid:border-accent aria-invalid:ring-1 aria-invalid:ring-accent'

/** For useSyncExternalStore on values read once from the browser (localStorage) after hydration. */
export const noSubscription = () => () => {}
