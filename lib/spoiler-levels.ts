/**
 * How much of the plot a review gives away outside its spoiler blocks, each with the one label
 * readers and editors see. The Studio's options and the pages read it from here.
 */
export const SPOILER_LEVELS = [
  { value: 'none', title: 'Spoiler-free' },
  { value: 'light', title: 'Light spoilers' },
  { value: 'full', title: 'Full spoilers' },
] as const

export type SpoilerLevel = (typeof SPOILER_LEVELS)[number]['value']

/** "Light spoilers"; null when the level is unset or unknown. */
export function spoilerLevelLabel(level: string | null | undefined): string | null {
  return SPOILER_LEVELS.find((option) => option.value === level)?.title ?? null
}
