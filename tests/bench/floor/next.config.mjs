// Built by tests/bench/floor-page.ts into the bench's cache, out of git's and the linters' way.
const floorConfig = { distDir: '../../../node_modules/.cache/next-floor' }

export default floorConfig
