import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { UserError } from '../../src/errors.js'
import { messageOf } from './context.js'

/** The repository's files as the mapping's globs see them: repo-relative, `/`-separated, sorted. */
export interface RepoFiles {
  files: string[]
  /** The folder the paths are relative to (the git top level when `dir` is inside a work tree). */
  root: string
  /** How they were listed, for the output: `git ls-files` or a directory walk. */
  source: string
  /** Said to the user: the listing was cut short, or `dir` is not the repository's top level. */
  notes: string[]
}

/** A walk stops here: a mapping is about a repository's code, not a disk. */
const WALK_LIMIT = 500_000
const SKIPPED = new Set(['.git', 'node_modules'])

/**
 * Lists the files of the repository at `dir`: what git tracks plus untracked files it does not ignore
 * (a file written but not yet committed is about to be), from the work tree's top level, since globs
 * are relative to the repository root. Outside a git work tree (or without git), walks the folder,
 * skipping `.git` and `node_modules` and not following symbolic links to folders.
 */
export function listRepoFiles(dir: string): RepoFiles {
  let stat: fs.Stats
  try {
    stat = fs.statSync(dir)
  } catch (error) {
    const code = (error as { code?: unknown }).code
    throw new UserError(`--repo ${dir}: ${code === 'ENOENT' ? 'no such folder' : messageOf(error)}`)
  }
  if (!stat.isDirectory()) throw new UserError(`--repo ${dir}: not a folder`)
  return fromGit(dir) ?? walk(dir)
}

function fromGit(dir: string): RepoFiles | undefined {
  let top: string
  try {
    top = git(dir, ['rev-parse', '--show-toplevel']).trim()
  } catch {
    return undefined // not a work tree, or no git at all
  }
  if (top === '') return undefined
  const notes: string[] = []
  if (path.resolve(fs.realpathSync(dir)) !== path.resolve(fs.realpathSync(top))) {
    notes.push(
      `--repo ${dir} is inside the git repository at ${top}; globs are relative to the repository root, so its files are listed from there`
    )
  }
  const out = git(top, ['ls-files', '-z', '--cached', '--others', '--exclude-standard'])
  const files = [...new Set(out.split('\0').filter(f => f !== ''))].sort()
  return { files, root: top, source: 'git ls-files', notes }
}

function git(cwd: string, args: string[]): string {
  return execFileSync('git', ['-C', cwd, ...args], {
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'ignore']
  })
}

function walk(dir: string): RepoFiles {
  const files: string[] = []
  const notes: string[] = []
  const stack = ['']
  while (stack.length > 0) {
    const rel = stack.pop()!
    let entries: fs.Dirent[]
    try {
      entries = fs.readdirSync(path.join(dir, rel), { withFileTypes: true })
    } catch {
      continue // unreadable folder: nothing a glob could be about
    }
    for (const entry of entries) {
      const child = rel === '' ? entry.name : `${rel}/${entry.name}`
      if (entry.isDirectory()) {
        if (!SKIPPED.has(entry.name)) stack.push(child)
      } else if (entry.isFile() || entry.isSymbolicLink()) {
        files.push(child)
      }
    }
    if (files.length > WALK_LIMIT) {
      notes.push(`the walk stopped after ${WALK_LIMIT} files; the check covers those only`)
      break
    }
  }
  files.sort()
  return { files, root: dir, source: 'a walk of the folder, not a git work tree', notes }
}
