import { blobSha, digest, type RepoRole, type SeedCommit, type SeedPull, type SeedRepo } from './seed.js'

/** One entry of a recursive tree listing, as `GET /git/trees/{sha}?recursive=1` returns it. */
export interface TreeEntry {
  path: string
  mode: string
  type: 'blob' | 'tree'
  sha: string
  size?: number
}

/** One file of a diff, in the shape the compare and pull-files endpoints use. */
export interface DiffFile {
  sha: string | null
  filename: string
  status: 'added' | 'removed' | 'modified' | 'renamed'
  additions: number
  deletions: number
  changes: number
  previous_filename?: string
}

interface Commit extends SeedCommit {
  sha: string
  treeSha: string
  blobs: Map<string, string>
}

/**
 * One seeded repository: a commit graph with whole trees, branches and pull requests. It answers the
 * questions the REST endpoints need (ref resolution, merge base, ahead/behind, tree diff) the way git
 * does, so the adapters can be tested against real three-dot and two-dot semantics.
 */
export class RepoState {
  readonly owner: string
  readonly name: string
  readonly id: number
  readonly defaultBranch: string
  readonly isPrivate: boolean
  readonly branches: Map<string, string>
  readonly pulls: Map<number, SeedPull>
  readonly issues: Set<number>
  /** Login (lower case) → role; see `SeedRepo.permissions`. */
  readonly permissions: Map<string, RepoRole>
  private readonly commits = new Map<string, Commit>()

  constructor(seed: SeedRepo, id: number) {
    this.owner = seed.owner
    this.name = seed.name
    this.id = id
    this.defaultBranch = seed.defaultBranch ?? 'main'
    this.isPrivate = seed.private ?? false
    this.branches = new Map(Object.entries(seed.branches))
    this.pulls = new Map((seed.pulls ?? []).map(pull => [pull.number, pull]))
    this.issues = new Set(seed.issues ?? [])
    this.permissions = new Map(
      Object.entries(seed.permissions ?? {}).map(([login, role]) => [login.toLowerCase(), role])
    )
    for (const [sha, commit] of Object.entries(seed.commits)) this.addCommit(sha, commit)
    for (const [branch, sha] of this.branches) {
      if (!this.commits.has(sha))
        throw new Error(`seed ${this.fullName}: branch ${branch} → unknown commit ${sha}`)
    }
  }

  /** Adds a commit (its parents should be known already); a known SHA is left as it is. */
  addCommit(sha: string, commit: SeedCommit): void {
    if (this.commits.has(sha)) return
    const blobs = new Map(Object.entries(commit.tree).map(([path, content]) => [path, blobSha(content)]))
    const listing = [...blobs].sort(([a], [b]) => (a < b ? -1 : 1)).map(([p, s]) => `${p} ${s}`)
    this.commits.set(sha, { ...commit, sha, treeSha: digest('tree', ...listing), blobs })
  }

  /**
   * A push: `branch` now points at `sha` (a known commit), and every open pull request whose head
   * branch it is now has that head, as GitHub updates a pull request on a push to its branch.
   */
  push(branch: string, sha: string): void {
    if (!this.commits.has(sha)) throw new Error(`push ${this.fullName}: unknown commit ${sha}`)
    this.branches.set(branch, sha)
    for (const [number, pull] of this.pulls) {
      if (pull.headRef === branch && (pull.state ?? 'open') === 'open')
        this.pulls.set(number, { ...pull, head: sha })
    }
  }

  get fullName(): string {
    return `${this.owner}/${this.name}`
  }

  /** A full SHA, a unique SHA prefix (≥ 7), a branch name or `refs/heads/<branch>`. */
  resolve(ref: string): string | undefined {
    const branch = this.branches.get(ref.replace(/^refs\/heads\//, '')) ?? this.branches.get(ref)
    if (branch) return branch
    if (this.commits.has(ref)) return ref
    if (/^[0-9a-f]{7,39}$/.test(ref)) {
      const matches = [...this.commits.keys()].filter(sha => sha.startsWith(ref))
      if (matches.length === 1) return matches[0]
    }
    return undefined
  }

  commit(sha: string): Commit | undefined {
    return this.commits.get(sha)
  }

  /** Whether `sha` names a tree: the root tree of some commit. */
  commitOfTree(treeSha: string): Commit | undefined {
    return [...this.commits.values()].find(commit => commit.treeSha === treeSha)
  }

  /** Every commit reachable from `sha`, itself included. */
  ancestors(sha: string): Set<string> {
    const seen = new Set<string>()
    const stack = [sha]
    while (stack.length > 0) {
      const current = stack.pop()!
      if (seen.has(current)) continue
      seen.add(current)
      stack.push(...(this.commits.get(current)?.parents ?? []))
    }
    return seen
  }

  /** The best common ancestor (one not reachable from another common ancestor), as `git merge-base`. */
  mergeBase(a: string, b: string): string | undefined {
    const ofA = this.ancestors(a)
    const common = [...this.ancestors(b)].filter(sha => ofA.has(sha))
    const best = common.filter(
      candidate => !common.some(other => other !== candidate && this.ancestors(other).has(candidate))
    )
    return best.sort()[0]
  }

  /** Commits reachable from `head` and not from `base`, oldest first (`git log --reverse base..head`). */
  commitsBetween(base: string, head: string): string[] {
    const excluded = this.ancestors(base)
    const order: string[] = []
    const visited = new Set<string>()
    const visit = (sha: string): void => {
      if (visited.has(sha) || excluded.has(sha)) return
      visited.add(sha)
      for (const parent of this.commits.get(sha)?.parents ?? []) visit(parent)
      order.push(sha)
    }
    visit(head)
    return order
  }

  /** Files whose content differs between two commits; exact-content moves are reported as renames. */
  diff(from: string, to: string): DiffFile[] {
    const before = this.commits.get(from)?.blobs ?? new Map<string, string>()
    const after = this.commits.get(to)?.blobs ?? new Map<string, string>()
    const added = [...after.keys()].filter(path => !before.has(path))
    const removed = new Set([...before.keys()].filter(path => !after.has(path)))
    const files: DiffFile[] = []
    for (const [path, sha] of after) {
      const old = before.get(path)
      if (old !== undefined && old !== sha) files.push(file(path, sha, 'modified'))
    }
    for (const path of added) {
      const sha = after.get(path)!
      const source = [...removed].find(candidate => before.get(candidate) === sha)
      if (source) {
        removed.delete(source)
        files.push({
          ...file(path, sha, 'renamed'),
          previous_filename: source,
          additions: 0,
          deletions: 0,
          changes: 0
        })
      } else files.push(file(path, sha, 'added'))
    }
    for (const path of removed) files.push(file(path, null, 'removed'))
    return files.sort((x, y) => (x.filename < y.filename ? -1 : x.filename > y.filename ? 1 : 0))
  }

  /** What a pull request's "Files changed" shows: merge base of base and head → head. */
  pullDiff(number: number): DiffFile[] {
    const pull = this.pulls.get(number)
    if (!pull) return []
    const baseSha = pull.baseSha ?? this.resolve(pull.base) ?? ''
    return this.diff(this.mergeBase(baseSha, pull.head) ?? baseSha, pull.head)
  }

  /** The tree of a commit: blobs, plus the directories leading to them when recursive. */
  tree(commit: Commit, recursive: boolean): TreeEntry[] {
    const entries = new Map<string, TreeEntry>()
    for (const [path, sha] of commit.blobs) {
      const parts = path.split('/')
      if (!recursive && parts.length > 1) {
        const dir = parts[0]!
        entries.set(dir, {
          path: dir,
          mode: '040000',
          type: 'tree',
          sha: digest('tree', commit.treeSha, dir)
        })
        continue
      }
      for (let i = 1; i < parts.length; i++) {
        const dir = parts.slice(0, i).join('/')
        entries.set(dir, {
          path: dir,
          mode: '040000',
          type: 'tree',
          sha: digest('tree', commit.treeSha, dir)
        })
      }
      const size = Buffer.byteLength(commit.tree[path]!, 'utf8')
      entries.set(path, { path, mode: '100644', type: 'blob', sha, size })
    }
    return [...entries.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  }
}

function file(filename: string, sha: string | null, status: DiffFile['status']): DiffFile {
  const additions = status === 'removed' ? 0 : 1
  const deletions = status === 'added' ? 0 : 1
  return { sha, filename, status, additions, deletions, changes: additions + deletions }
}
