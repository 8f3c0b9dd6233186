#!/usr/bin/env node
import fs from 'node:fs'
import { runCli } from './cli.js'

/** The `bin` entry: real stdio and files, then the exit code. */
async function main(argv: string[]): Promise<void> {
  process.exitCode = await runCli(argv, {
    stdout: text => process.stdout.write(text),
    stderr: text => process.stderr.write(text),
    readFile: path => fs.readFileSync(path === '-' ? 0 : path, 'utf8')
  })
}

void main(process.argv.slice(2))
