import * as core from '@actions/core'
import { readRunContext } from './context.js'
import { errorMessage } from './errors.js'

// @actions/github reads the event payload while it loads: check the payload first and load the
// action afterwards, so a broken payload fails the step with a clear message instead of a stack trace.
try {
  readRunContext()
  const { run } = await import('./main.js')
  await run()
} catch (error) {
  core.setFailed(errorMessage(error))
}
