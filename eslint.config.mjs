import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTypescript from 'eslint-config-next/typescript'

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    ignores: ['.next/**', '.next-*/**', 'tests/e2e/.runtime/**', 'node_modules/**', 'sanity.types.ts', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'],
  },
]

export default config
