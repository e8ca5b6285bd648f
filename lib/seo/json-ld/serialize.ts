/**
 * JSON-LD goes inside a <script> element, where `</script>` or `<!--` in an editor's text would
 * end the script early and let the rest run as HTML. Escaping `<`, `>` and `&` as JSON unicode
 * escapes keeps the data identical for parsers and inert for the browser; U+2028/U+2029 are
 * escaped for old JavaScript parsers that treat them as line ends.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}
