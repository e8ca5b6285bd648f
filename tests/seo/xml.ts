/**
 * Parses XML strictly with the DOMParser of the jsdom test environment (jsdom parses XML with
 * saxes, a conforming non-validating parser): malformed XML yields a <parsererror> document.
 * Test files using it run in the jsdom environment.
 */
export function parseXml(text: string): Document {
  const doc = new DOMParser().parseFromString(text, 'application/xml')
  const error = doc.getElementsByTagName('parsererror')[0]
  if (error) throw new Error(`Not well-formed XML: ${error.textContent}`)
  return doc
}

export function childText(parent: Element, name: string): string | null {
  const child = Array.from(parent.children).find((node) => node.tagName === name)
  return child ? child.textContent : null
}
