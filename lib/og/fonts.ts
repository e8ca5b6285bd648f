/**
 * The fonts share cards are drawn with, read from the repository (lib/og/fonts, OFL-licensed
 * Latin subsets in WOFF, which the renderer reads; WOFF2 it cannot). Read once per server process.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'

type CardFont = { name: string; data: ArrayBuffer; weight: 400 | 600 | 700; style: 'normal' }

const FONT_FILES = [
  { name: 'Inter', file: 'inter-latin-400-normal.woff', weight: 400 },
  { name: 'Inter', file: 'inter-latin-600-normal.woff', weight: 600 },
  { name: 'Source Serif 4', file: 'source-serif-4-latin-700-normal.woff', weight: 700 },
] as const

let loading: Promise<CardFont[]> | undefined

async function readFont({ name, file, weight }: (typeof FONT_FILES)[number]): Promise<CardFont> {
  const bytes = await readFile(path.join(process.cwd(), 'lib/og/fonts', file))
  const data = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
  return { name, data, weight, style: 'normal' }
}

export function cardFonts(): Promise<CardFont[]> {
  loading ??= Promise.all(FONT_FILES.map(readFont)).catch((error: unknown) => {
    loading = undefined
    throw error
  })
  return loading
}
