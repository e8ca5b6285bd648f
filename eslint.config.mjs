import { globSync, readFileSync } from 'node:fs'
import path from 'node:path'
import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTypescript from 'eslint-config-next/typescript'

// Files that start with 'use client' (after comments) run in the browser.
const USE_CLIENT = /^(?:\s+|\/\/.*|\/\*[\s\S]*?\*\/)*['"]use client['"]/
const sources = globSync('**/*.{js,jsx,mjs,ts,tsx}', {
  exclude: (entry) => /^(node_modules|\..+)$/.test(path.basename(entry)),
})
const clientModules = new Set(
  sources.filter((file) => USE_CLIENT.test(readFileSync(file, 'utf8'))).map((file) => path.resolve(file)),
)

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    // Prettier wraps code at 120; this catches what it cannot wrap: strings, comments, GROQ. A class
    // list stays on one line: a line break inside it reaches every reader twice (HTML and payload).
    rules: {
      'max-len': ['error', { code: 120, tabWidth: 2, ignorePattern: 'className=' }],
      // `const { secret, ...shown } = value` is how a field is left out of a copy.
      '@typescript-eslint/no-unused-vars': ['warn', { ignoreRestSiblings: true }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='className'] Literal[value=/\\n/]",
          message: 'Keep a class list on one line: every reader is sent its line breaks twice.',
        },
        {
          selector: "JSXAttribute[name.name='className'] TemplateElement[value.raw=/\\n/]",
          message: 'Keep a class list on one line: every reader is sent its line breaks twice.',
        },
      ],
    },
  },
  {
    // A function, not globs: paths such as app/studio/[[...tool]]/ read as glob syntax.
    files: [(file) => clientModules.has(file)],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)lib/env(/(index|server|schema))?(\\.ts)?$',
              message: "Client code reads only the public environment: import { publicEnv } from '@/lib/env/public'.",
            },
          ],
        },
      ],
    },
  },
  {
    ignores: [
      '.next/**',
      '.next-*/**',
      'tests/e2e/.runtime/**',
      'node_modules/**',
      'sanity.types.ts',
      'test-results/**',
      'playwright-report/**',
      'next-env.d.ts',
    ],
  },
]

export default config
