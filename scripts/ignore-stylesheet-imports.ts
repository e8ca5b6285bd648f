import { registerHooks } from 'node:module'

let registered = false

/**
 * Sanity's package entry imports a stylesheet, which a bundler handles and plain Node cannot load.
 * Tests and scripts that read the Studio's schema headlessly call this first, then import
 * 'sanity' dynamically: stylesheets then load as empty modules. Never used by the Studio itself.
 */
export function ignoreStylesheetImports(): void {
  if (registered) return
  registered = true
  registerHooks({
    load(url, context, nextLoad) {
      if (/\.css(?:[?#].*)?$/.test(url)) return { format: 'module', source: '', shortCircuit: true }
      return nextLoad(url, context)
    },
  })
}
