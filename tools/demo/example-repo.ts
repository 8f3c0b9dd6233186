import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * A throw-away git repository built from examples/abalone/repo, with a small history that tells the
 * usual story: the pipeline landed, main moved on, and a pull request changes one step's code.
 */
export interface ExampleRepo {
  dir: string
  commits: {
    /** Initial commit on main. */
    initial: string
    /** main after a change to the Train step's hyper-parameters. */
    main: string
    /** Head of the pull request branch `improve-evaluation` (changes evaluate.py and the README). */
    pr: string
  }
  /** Adds a commit on the current branch changing the given files; returns its SHA. */
  commit(message: string, changes: Record<string, string>): string
}

export function createExampleRepo(actionDir: string, parent = tmpdir()): ExampleRepo {
  const dir = mkdtempSync(join(parent, 'abalone-ml-'))
  let tick = 0
  const git = (...args: string[]): string => {
    const when = `2026-11-0${1 + Math.min(tick, 8)}T10:00:00Z`
    return execFileSync('git', args, {
      cwd: dir,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'Abalone Dev',
        GIT_AUTHOR_EMAIL: 'dev@example.com',
        GIT_COMMITTER_NAME: 'Abalone Dev',
        GIT_COMMITTER_EMAIL: 'dev@example.com',
        GIT_AUTHOR_DATE: when,
        GIT_COMMITTER_DATE: when,
        GIT_CONFIG_NOSYSTEM: '1'
      }
    }).trim()
  }
  const commit = (message: string, changes: Record<string, string>): string => {
    for (const [path, content] of Object.entries(changes)) writeFileSync(join(dir, path), content)
    git('add', '-A')
    tick++
    git('commit', '-q', '--no-gpg-sign', '-m', message)
    return git('rev-parse', 'HEAD')
  }

  git('init', '-q', '-b', 'main')
  cpSync(join(actionDir, 'examples', 'abalone', 'repo'), dir, { recursive: true })
  const initial = commit('Abalone pipeline: preprocess, train, evaluate, register', {})
  const hyper = join('pipelines', 'abalone', 'train', 'hyperparameters.yml')
  const main = commit('Train: 80 boosting rounds', {
    [hyper]: readFileSync(join(dir, hyper), 'utf8').replace('num_round: 50', 'num_round: 80')
  })
  git('checkout', '-q', '-b', 'improve-evaluation')
  const evaluate = join('pipelines', 'abalone', 'evaluate.py')
  const pr = commit('Evaluate: report RMSE next to MSE', {
    [evaluate]: readFileSync(join(dir, evaluate), 'utf8').replace(
      '"standard_deviation"',
      '"rmse": float(mse**0.5), "standard_deviation"'
    ),
    'README.md': readFileSync(join(dir, 'README.md'), 'utf8') + '\nThe evaluation reports MSE and RMSE.\n'
  })
  return { dir, commits: { initial, main, pr }, commit }
}
