/**
 * The vendored corpus of real pipeline definitions (`__fixtures__/definitions/`, sources and licences in
 * its SOURCES.md). Every test, the bench and the CI smoke read definitions through here, so a clone with
 * nothing beside it has all it needs.
 */
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const CORPUS_DIR = fileURLToPath(new URL('./definitions/', import.meta.url))

/** The absolute path of a vendored definition (or of SOURCES.md). */
export function fixturePath(file: string): string {
  return path.join(CORPUS_DIR, file)
}

/** The corpus's definition files, sorted. */
export function corpusFiles(): string[] {
  return readdirSync(CORPUS_DIR)
    .filter(f => f.endsWith('.json'))
    .sort()
}

export function corpusText(file: string): string {
  return readFileSync(fixturePath(file), 'utf8')
}

export const ABALONE = 'aws-examples-selective-execution-abalone.json'
