/** `@/lib/env` is the server environment; client components import `@/lib/env/public`. */
export * from './server.ts'
