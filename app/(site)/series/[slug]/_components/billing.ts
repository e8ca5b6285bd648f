const billingLabels: Record<string, string> = {
  lead: 'Lead role',
  main: 'Main role',
  supporting: 'Supporting role',
  guest: 'Guest role',
}

/** "Lead role", "Guest role": how a character is billed, for cast lists. */
export function billingLabel(billing: string | null | undefined): string | null {
  return billing ? (billingLabels[billing] ?? null) : null
}
