import fc from 'fast-check'

/**
 * Under `npm run mutate` only: a mutant that breaks a property is killed at its first counterexample.
 * Shrinking that counterexample (up to a minute on a 64-step world) would only turn a clear kill into
 * a timeout and slow the run; readable counterexamples matter when a test fails for a person, not here.
 */
fc.configureGlobal({ ...fc.readConfigureGlobal(), endOnFailure: true })
