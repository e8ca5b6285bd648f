/** Opens a reactions store in a process of its own (as each `next build` worker does) and prints its review count. */
import { openReactionStore } from '../../lib/reactions/store/open-store.ts'

const [sqliteFile, sampleFile, subject] = process.argv.slice(2)
const store = await openReactionStore({ sqliteFile: sqliteFile! }, { withSample: true, sampleFile })
console.log(await store.countReviews(subject!))
await store.close()
