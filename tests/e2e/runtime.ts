// Shared by playwright.config.ts and the specs: the server under test reads a copy of the bundled
// dataset that specs may edit, keeps reader reactions in a new SQLite file each run, and knows these secrets.
export const e2eDatasetFile = 'tests/e2e/.runtime/dataset.ndjson'
export const e2ePreviewSecret = 'e2e-preview-secret-0123456789'
export const e2eRevalidateSecret = 'e2e-revalidate-secret-0123456789'
export const e2eReactionsFile = 'tests/e2e/.runtime/reactions.sqlite'
export const e2eReaderCookieSecret = 'e2e-reader-cookie-secret-0123456789'
export const e2eModerationSecret = 'e2e-moderation-secret-0123456789'
