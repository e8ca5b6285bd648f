import { afterAll } from 'vitest'

/**
 * Share cards and icons are drawn without the network. The renderer loads its own WebAssembly
 * through fetch() of a data: URL, which is let through; any other request (a Google font for a
 * Korean title, an emoji image) is recorded in the returned list and refused. Restored after the file.
 */
export function refuseNetwork(what: string): string[] {
  const realFetch = globalThis.fetch
  const networkRequests: string[] = []
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input)
    if (url.startsWith('data:')) return realFetch(input, init)
    networkRequests.push(url)
    throw new Error(`${what} must not use the network (tried ${url})`)
  }) as typeof fetch
  afterAll(() => {
    globalThis.fetch = realFetch
  })
  return networkRequests
}
