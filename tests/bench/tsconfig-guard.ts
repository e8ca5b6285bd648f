/**
 * `next build` with a custom distDir appends `<distDir>/types/**` to tsconfig.json's include and
 * points next-env.d.ts at that directory. Both files are shared by everyone working in the
 * checkout, so a benchmark build puts them back exactly as they were.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'

interface Snapshot {
  file: string
  text: string | null
}

function take(file: string): Snapshot {
  return { file, text: existsSync(file) ? readFileSync(file, 'utf8') : null }
}

/** tsconfig.json without the include entries Next adds for `distDir`. */
export function withoutDistDirIncludes(tsconfigText: string, distDir: string): unknown {
  const parsed = JSON.parse(tsconfigText) as { include?: unknown }
  if (Array.isArray(parsed.include)) {
    parsed.include = parsed.include.filter((entry) => typeof entry !== 'string' || !entry.startsWith(`${distDir}/`))
  }
  return parsed
}

export function guardSharedConfig(distDir: string): () => void {
  const tsconfig = take('tsconfig.json')
  const nextEnv = take('next-env.d.ts')
  return () => {
    if (tsconfig.text !== null) {
      const now = readFileSync(tsconfig.file, 'utf8')
      if (now !== tsconfig.text) {
        const sameApartFromBuild =
          JSON.stringify(withoutDistDirIncludes(now, distDir)) ===
          JSON.stringify(withoutDistDirIncludes(tsconfig.text, distDir))
        if (sameApartFromBuild) writeFileSync(tsconfig.file, tsconfig.text)
        else
          console.warn(
            `tsconfig.json changed during the build in more than its ${distDir} include entries; left as it is.`,
          )
      }
    }
    // next-env.d.ts is generated (git-ignored); only its reference to the build directory matters.
    if (nextEnv.text !== null && existsSync(nextEnv.file) && readFileSync(nextEnv.file, 'utf8').includes(distDir)) {
      writeFileSync(nextEnv.file, nextEnv.text)
    }
  }
}
