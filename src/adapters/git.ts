import { execFile } from 'node:child_process'

/** `git fetch --deepen` steps tried when a shallow clone lacks the merge base: 50, 100, 200, 400 commits. */
const DEEPEN_STEPS = [50, 100, 200, 400]

export interface GitSettings {
  /** Remote to fetch missing commits from; `origin` as actions/checkout sets it up. */
  remote?: string
  /** Commit counts for successive `git fetch --deepen` attempts in `mergeBase`. */
  deepenSteps?: number[]
}

interface GitResult {
  code: number
  stdout: string
  stderr: string
}

/**
 * The job's local clone, driven through `git` with no shell. Every question the action asks is
 * about two commits, not the history between them, so a shallow checkout (actions/checkout's
 * default `fetch-depth: 1`) is enough once both commits are fetched; only the merge base needs
 * history, and it deepens the clone in bounded steps.
 */
export class GitRepository {
  readonly cwd: string
  private readonly remote: string
  private readonly deepenSteps: number[]
  private fetching: Promise<unknown> = Promise.resolve()

  constructor(cwd: string, settings: GitSettings = {}) {
    this.cwd = cwd
    this.remote = settings.remote ?? 'origin'
    this.deepenSteps = settings.deepenSteps ?? DEEPEN_STEPS
  }

  async isShallow(): Promise<boolean> {
    const result = await this.run(['rev-parse', '--is-shallow-repository'])
    return result.stdout.trim() === 'true'
  }

  /** The commit SHA a ref or SHA names locally; undefined when it is not here (or this is not a repo). */
  async resolveCommit(ref: string): Promise<string | undefined> {
    checkRef(ref)
    const result = await this.run(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], {
      allowFailure: true
    })
    return result.code === 0 ? result.stdout.trim() : undefined
  }

  async hasCommit(sha: string): Promise<boolean> {
    return (await this.resolveCommit(sha)) !== undefined
  }

  /**
   * Fetches one commit (or branch) from the remote and returns its SHA; undefined when it cannot be
   * fetched (gone after a force push, no network, no remote). A shallow clone stays shallow
   * (`--depth=1`); a full clone is not made shallow by it.
   */
  async fetchCommit(ref: string): Promise<string | undefined> {
    checkRef(ref)
    return this.exclusive(() => this.tryFetch(ref)).catch(() => undefined)
  }

  private async tryFetch(ref: string): Promise<string | undefined> {
    const base = ['fetch', '--no-tags', '--no-recurse-submodules', '--quiet']
    const attempts = (await this.isShallow())
      ? [
          [...base, '--depth=1', this.remote, ref],
          [...base, this.remote, ref]
        ]
      : [[...base, this.remote, ref]]
    for (const args of attempts) {
      const result = await this.run(args, { allowFailure: true })
      if (result.code !== 0) continue
      const fetched = /^[0-9a-f]{40}$/.test(ref) ? ref : await this.resolveCommit('FETCH_HEAD')
      if (fetched && (await this.hasCommit(fetched))) return fetched
    }
    return undefined
  }

  /**
   * A file's text at a commit (`git show <commit>:<path>`); undefined when the commit has no such
   * file, an Error when the commit is not here. Never follows a symlink out of the tree: git stores
   * a link as its target's path, which is what comes back.
   */
  async fileAt(commit: string, path: string): Promise<string | undefined | Error> {
    checkRef(commit)
    if (!(await this.hasCommit(commit)) && !(await this.fetchCommit(commit))) {
      return new Error(`commit ${commit.slice(0, 12)} is not in the clone and could not be fetched`)
    }
    const result = await this.run(['show', `${commit}:${path.replace(/^\.\//, '')}`], { allowFailure: true })
    return result.code === 0 ? result.stdout : undefined
  }

  /** Whether `a` is an ancestor of `b` (both local); undefined when that cannot be told here. */
  async isAncestor(a: string, b: string): Promise<boolean | undefined> {
    checkRef(a)
    checkRef(b)
    if (!(await this.hasCommit(a)) || !(await this.hasCommit(b))) return undefined
    const result = await this.run(['merge-base', '--is-ancestor', a, b], { allowFailure: true })
    if (result.code === 0) return true
    if (result.code === 1) return (await this.isShallow()) ? undefined : false
    return undefined
  }

  /**
   * The paths whose content differs between two commits (`git diff --name-only`), renames counted
   * as both paths. Needs only the two commits' trees.
   */
  async diffNames(from: string, to: string): Promise<string[]> {
    checkRef(from)
    checkRef(to)
    const result = await this.run([
      'diff',
      '--name-only',
      '-z',
      '--no-renames',
      '--no-relative',
      from,
      to,
      '--'
    ])
    return result.stdout.split('\0').filter(name => name.length > 0)
  }

  /**
   * The merge base of two local commits. In a shallow clone the history may stop short of it: then
   * both commits are deepened in bounded steps and the question asked again. Undefined when there
   * is none within reach.
   */
  async mergeBase(a: string, b: string): Promise<string | undefined> {
    checkRef(a)
    checkRef(b)
    for (let attempt = 0; ; attempt++) {
      const result = await this.run(['merge-base', a, b], { allowFailure: true })
      if (result.code === 0) return result.stdout.trim()
      if (result.code !== 1) throw this.failure(['merge-base', a, b], result)
      const step = this.deepenSteps[attempt]
      if (step === undefined || !(await this.isShallow())) return undefined
      const [shaA, shaB] = await Promise.all([this.resolveCommit(a), this.resolveCommit(b)])
      const wants = [shaA, shaB].filter((sha): sha is string => sha !== undefined)
      const deepen = [
        'fetch',
        '--no-tags',
        '--no-recurse-submodules',
        '--quiet',
        `--deepen=${step}`,
        this.remote
      ]
      const deepened = await this.exclusive(async () => {
        if ((await this.run([...deepen, ...wants], { allowFailure: true })).code === 0) return true
        return (await this.run(deepen, { allowFailure: true })).code === 0
      })
      if (!deepened) return undefined
    }
  }

  /** Fetches run one at a time: concurrent ones would fight over the clone's `shallow.lock` and FETCH_HEAD. */
  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    const result = this.fetching.then(task, task)
    this.fetching = result.catch(() => undefined)
    return result
  }

  private async run(args: string[], options: { allowFailure?: boolean } = {}): Promise<GitResult> {
    const result = await new Promise<GitResult & { error?: Error }>(resolve => {
      execFile(
        'git',
        args,
        {
          cwd: this.cwd,
          maxBuffer: 512 * 1024 * 1024,
          encoding: 'utf8',
          env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' }
        },
        (error, stdout, stderr) => {
          const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0
          resolve({ code, stdout, stderr, error: error ?? undefined })
        }
      )
    })
    if (result.code !== 0 && (!options.allowFailure || result.code === -1)) throw this.failure(args, result)
    return result
  }

  private failure(args: string[], result: GitResult & { error?: Error }): Error {
    const why = result.stderr.trim() || result.error?.message || `exit code ${result.code}`
    return new Error(`git ${args.join(' ')} failed in ${this.cwd}: ${why}`, { cause: result.error })
  }
}

/** Refs come from inputs and payloads; one starting with "-" would be read by git as an option. */
function checkRef(ref: string): void {
  if (!ref || ref.startsWith('-') || /[\s\0]/.test(ref)) {
    throw new Error(`Not a commit SHA or ref: ${JSON.stringify(ref)}`)
  }
}

/** The clone at `cwd` (the job's workspace, where actions/checkout put it). */
export function createGit(cwd: string, settings?: GitSettings): GitRepository {
  return new GitRepository(cwd, settings)
}
