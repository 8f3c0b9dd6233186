import * as log from './action/log.js'
import { errorMessage } from './errors.js'
import { prefetch } from './prefetch.js'

// The event payload and inputs are read, and the pipeline requested, before the rest of the action
// loads (see prefetch.ts). An error there is reported here: loading the rest (@actions/github parses
// the event payload as it loads) would replace a clear message with a raw one.
let ready = true
try {
  prefetch()
} catch (error) {
  ready = false
  log.setFailed(errorMessage(error))
}
if (ready) {
  try {
    const { run } = await import('./main.js')
    await run()
  } catch (error) {
    log.setFailed(errorMessage(error))
  }
}
