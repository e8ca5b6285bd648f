/**
 * The floor every mobile-speed goal is measured against: a bare App Router page (tests/bench/floor,
 * `<html><body>` and a heading, none of the site's layout, stylesheet or fonts), built with the same
 * install and served by `next start` beside the site.
 */
import { existsSync } from 'node:fs'
import { buildNext } from './next-build'
import { type RunningServer, startNextServer } from './next-server'

export const floorProjectDir = 'tests/bench/floor'
/** Set by tests/bench/floor/next.config.mjs, relative to the repository root. */
export const floorDistDir = 'node_modules/.cache/next-floor'
export const floorPath = '/'

export async function startFloor(port: number, reuseBuild: boolean): Promise<RunningServer> {
  if (!reuseBuild || !existsSync(`${floorDistDir}/BUILD_ID`)) await buildNext(floorDistDir, {}, floorProjectDir)
  return startNextServer({ distDir: floorDistDir, projectDir: floorProjectDir, port })
}
