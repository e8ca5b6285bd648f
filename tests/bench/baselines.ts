/**
 * The bare pages every figure is compared with (app/bench/bare, only in the bench build). Checked
 * before measuring, so a run never compares against a page that is not what it claims to be.
 */
import { barePath, weightedBarePath } from './pages'

const noIndex = '<meta name="robots" content="noindex, nofollow"/>'

/** Throws unless the weighted bare pages weigh what their address asks for and stay out of search indexes. */
export async function checkBaselines(origin: string): Promise<void> {
  const problems: string[] = []
  for (const kilobytes of [40, 150]) {
    const path = weightedBarePath(kilobytes * 1024)
    const response = await fetch(origin + path)
    const html = await response.text()
    const bytes = Buffer.byteLength(html)
    if (response.status !== 200) problems.push(`${path} answered ${response.status}`)
    else if (Math.abs(bytes - kilobytes * 1024) / (kilobytes * 1024) >= 0.05)
      problems.push(`${path} weighs ${bytes} bytes`)
    if (!html.includes(noIndex)) problems.push(`${path} lacks ${noIndex}`)
  }
  // Sizes it does not serve answer 404, so arbitrary requests cannot fill the page cache.
  for (const size of ['0', 'abc', '12.5', '257', '10000', '-3']) {
    const status = (await fetch(`${origin}${barePath}/${size}`)).status
    if (status !== 404) problems.push(`${barePath}/${size} answered ${status}, not 404`)
  }
  if (problems.length > 0) {
    throw new Error(`The bare pages are not what the benchmark compares with: ${problems.join('; ')}.`)
  }
}
