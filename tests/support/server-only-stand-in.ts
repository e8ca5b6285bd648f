import { vi } from 'vitest'

// The marker throws outside React Server Components; tests import server modules directly. A test
// that checks a module refuses client code lifts this with vi.doUnmock('server-only').
vi.mock('server-only', () => ({}))
