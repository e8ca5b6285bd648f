import 'server-only'
/**
 * How a reader's or moderator's write expires the cached pages that show it. The HTTP API marks
 * them stale (the next read still gets the old page while the new one renders). Forms' server
 * actions expire them at once, so the page the writer is sent back to already shows the change.
 */
import { revalidateTag, updateTag } from 'next/cache'

export type Expiry = 'stale-while-revalidate' | 'immediate'

export function expireTag(expiry: Expiry): (tag: string) => void {
  return expiry === 'immediate' ? (tag) => updateTag(tag) : (tag) => revalidateTag(tag, 'max')
}

/**
 * One site service per expiry, made once from the store with that expiry's `expire`. A service
 * whose store failed to open is forgotten, so the next request tries again.
 */
export function servicePerExpiry<Service>(make: (expire: (tag: string) => void) => Promise<Service>) {
  const made = new Map<Expiry, Promise<Service>>()
  return (expiry: Expiry = 'stale-while-revalidate'): Promise<Service> => {
    const service = made.get(expiry) ?? make(expireTag(expiry))
    made.set(expiry, service)
    service.catch(() => made.delete(expiry))
    return service
  }
}
