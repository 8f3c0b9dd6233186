import * as log from './action/log.js'
import { errorMessage } from './errors.js'
import { prefetch } from './prefetch.js'

// The event payload and inputs are read, and the pipeline requested, before the rest of the action
// loads (see prefetch.ts); any error there is reported by run(), which asks again.
try {
  prefetch()
} catch {
  // reported by run()
}
try {
  const { run } = await import('./main.js')
  await run()
} catch (error) {
  log.setFailed(errorMessage(error))
}
