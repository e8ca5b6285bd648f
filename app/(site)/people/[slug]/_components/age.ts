/**
 * Whole years between a birth date ("1997-07-14") and `today`, counted in UTC so the answer does
 * not depend on the server's time zone. Null when the date is missing, malformed or in the future.
 */
export function ageOn(birthDate: string | null | undefined, today: Date): number | null {
  const match = birthDate ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthDate) : null
  if (!match) return null
  const [year, month, day] = match.slice(1).map(Number)
  let age = today.getUTCFullYear() - year
  const beforeBirthday =
    today.getUTCMonth() + 1 < month || (today.getUTCMonth() + 1 === month && today.getUTCDate() < day)
  if (beforeBirthday) age -= 1
  return age >= 0 ? age : null
}
