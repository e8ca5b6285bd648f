/**
 * Build scaling: `next build` on the bundled dataset and on a synthetic one with 50 times as many
 * series, each into its own distDir. Time per page should not grow with the catalogue.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { writeSyntheticDataset } from '../../scripts/synthetic-dataset'
import { type BuildResult, buildNext } from './next-build'
import { benchBuildEnv } from './pages'

export interface ScalingRun extends BuildResult {
  dataset: string
  documents: number
}

export function documentCount(ndjsonFile: string): number {
  return readFileSync(ndjsonFile, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '').length
}

export function msPerPage(run: BuildResult): number {
  return run.wallMs / run.pages
}

/**
 * Builds the synthetic catalogue (`series` series of 8 episodes, like the bundled one) and removes
 * the build afterwards.
 */
export async function buildSyntheticCatalogue(series: number, distDir: string): Promise<ScalingRun> {
  const datasetDir = mkdtempSync(path.join(tmpdir(), 'bench-synthetic-'))
  const datasetFile = writeSyntheticDataset(datasetDir, { series, episodesPerSeries: 8 })
  try {
    const build = await buildNext(distDir, { ...benchBuildEnv, BUNDLED_DATASET_FILE: datasetFile })
    return { ...build, dataset: `synthetic, ${series} series`, documents: documentCount(datasetFile) }
  } finally {
    rmSync(distDir, { recursive: true, force: true })
    rmSync(datasetDir, { recursive: true, force: true })
  }
}
