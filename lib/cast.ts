/** A cast credit's label: its character, or, for a cast member whose role is not announced, that. */
export const ROLE_NOT_ANNOUNCED = 'Role not announced'

/** How many characters a series overview names; the full cast is on its cast page. */
export const TOP_CAST_SIZE = 6

export function characterLabel(name: string | null | undefined): string {
  return name?.trim() || ROLE_NOT_ANNOUNCED
}
