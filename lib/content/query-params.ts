/**
 * GROQ parameters travel as data, never as query text: the Content Lake receives them JSON-encoded
 * beside the query, groq-js reads them from a table. Checking them up front makes both sources
 * refuse the same inputs, with a message that names the parameter.
 */

export type QueryParams = Record<string, unknown>

const PARAM_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/

function assertJsonValue(value: unknown, where: string): void {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`GROQ parameter ${where} is ${value}; numbers must be finite.`)
    return
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) => assertJsonValue(item, `${where}[${index}]`))
    return
  }
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [key, item] of Object.entries(value)) if (item !== undefined) assertJsonValue(item, `${where}.${key}`)
    return
  }
  const kind = value instanceof Date ? 'a Date (pass date.toISOString())' : typeof value
  throw new TypeError(
    `GROQ parameter ${where} is ${kind}; parameters must be JSON values (string, number, boolean, null, array, ` +
      `plain object).`,
  )
}

/** Returns the params without `undefined` entries (the Sanity client drops those too). */
export function checkQueryParams(params: QueryParams = {}): QueryParams {
  const checked: QueryParams = {}
  for (const [name, value] of Object.entries(params)) {
    if (!PARAM_NAME.test(name))
      throw new TypeError(
        `GROQ parameter name "${name}" is not valid: use letters, digits and _, not starting with a digit.`,
      )
    if (value === undefined) continue
    assertJsonValue(value, `$${name}`)
    checked[name] = value
  }
  return checked
}
