/**
 * Content Lake API version for the GROQ queries that validation rules and initial value
 * templates run. Pinned, so upgrading the Studio cannot quietly change what a rule sees.
 */
export const studioQueryApiVersion = '2025-09-01'
