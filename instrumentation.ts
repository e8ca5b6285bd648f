// Runs once per server process before it answers: with a shared cache, seed it from this build.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || !process.env.REDIS_URL) return
  const { seedSharedCache } = await import('./lib/cache/seed-shared-cache')
  await seedSharedCache()
}
