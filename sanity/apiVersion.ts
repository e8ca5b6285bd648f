/**
 * Content Lake API version for the GROQ queries the Studio runs itself: structure lists,
 * validation rules and initial value templates. Pinned, so upgrading the Studio cannot quietly
 * change what they see.
 */
export const studioQueryApiVersion = '2025-09-01'
