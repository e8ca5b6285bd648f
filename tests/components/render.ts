import type { ReactElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'

/**
 * Server-renders a component (as a static page would) and parses the HTML with the test
 * environment's DOMParser, so tests ask what a reader or screen reader would get.
 * Test files using it run in the jsdom environment.
 */
export function render(element: ReactElement): { html: string; doc: Document } {
  const html = renderToStaticMarkup(element)
  const doc = new DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html')
  return { html, doc }
}

export function texts(nodes: Iterable<Element>): string[] {
  return Array.from(nodes, (node) => (node.textContent ?? '').replace(/\s+/g, ' ').trim())
}

/** The text a screen reader reads: the text content without what is marked aria-hidden, spaces collapsed. */
export function spoken(element: Element): string {
  const copy = element.cloneNode(true) as Element
  copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove())
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim()
}
