import picomatch from 'picomatch'

const OPTIONS = { dot: true } as const
/** Characters after which a glob's tail is no longer literal text. */
const SPECIAL = new Set(['*', '?', '[', ']', '{', '}', '(', ')', '!', '+', '@', '\\', '|'])

/**
 * Why a glob from the mapping file cannot be used, in plain words, or undefined when it is fine. picomatch
 * itself never refuses a pattern: an unclosed brace silently becomes a regex that matches nothing, so a typo
 * would quietly stop selecting a step. We refuse those, and paths that cannot name a file of the repository.
 */
export function globProblem(glob: string): string | undefined {
  const checked = checkGlob(glob)
  return 'problem' in checked ? checked.problem : undefined
}

/**
 * `globProblem`, keeping the regex it had to compile to find out: hand it to `GlobSet` so that each
 * glob is compiled once.
 */
export function checkGlob(glob: string): { regex: RegExp } | { problem: string } {
  const problem = shapeProblem(glob)
  if (problem) return { problem }
  try {
    const regex = picomatch.makeRe(normalizeGlob(glob), { ...OPTIONS, debug: true })
    return regex.source === '$^' ? { problem: 'is not a valid glob' } : { regex }
  } catch (error) {
    return { problem: `is not a valid glob (${error instanceof Error ? error.message : String(error)})` }
  }
}

function shapeProblem(glob: string): string | undefined {
  if (glob.trim() === '') return 'is empty; give a repo-relative glob such as pipelines/train/**'
  if (glob.startsWith('/') || /^[A-Za-z]:[\\/]/.test(glob) || glob.startsWith('~')) {
    return 'is an absolute path; globs are relative to the repository root (pipelines/x/**, not /pipelines/x/**)'
  }
  if (glob.startsWith('!') && !glob.startsWith('!(')) {
    return (
      'is a negated glob; a negation would match every other file of the repository, ' +
      'so it is not accepted: list the files you mean, and put exclusions under ignore'
    )
  }
  const segments = normalizeGlob(glob).split('/')
  if (segments.includes('..')) return "has a '..' segment; globs cannot reach outside the repository"
  if (segments.length > 1 && segments[segments.length - 1] === '') {
    return "ends with '/', so it can never match a file; write dir/** to match everything under a folder"
  }
  if (segments.includes('') || segments.includes('.')) {
    return "has an empty or '.' path segment; write a normalized repo-relative path"
  }
  return balanceProblem(glob)
}

/** picomatch ignores a leading `./`; so do we, once, before indexing. */
function normalizeGlob(glob: string): string {
  return glob.startsWith('./') ? glob.slice(2) : glob
}

function balanceProblem(glob: string): string | undefined {
  let braces = 0
  let parens = 0
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]
    if (c === '\\') {
      if (i === glob.length - 1) return 'ends with a lone backslash'
      i++
    } else if (c === '[') {
      const close = bracketEnd(glob, i)
      if (close < 0) return "has a '[' that is never closed by ']'"
      i = close
    } else if (c === '{') braces++
    else if (c === '}') {
      if (braces === 0) return "has a '}' without a matching '{' (write \\} for a literal brace)"
      braces--
    } else if (c === '(') parens++
    else if (c === ')') {
      if (parens === 0) return "has a ')' without a matching '(' (write \\) for a literal parenthesis)"
      parens--
    }
  }
  if (braces > 0) return "has a '{' that is never closed by '}'"
  if (parens > 0) return "has a '(' that is never closed by ')'"
  return undefined
}

/** Index of the `]` closing the bracket expression opened at `open`, or -1. */
function bracketEnd(glob: string, open: number): number {
  let j = open + 1
  if (glob[j] === '!' || glob[j] === '^') j++
  if (glob[j] === ']') j++ // a leading ']' is a literal member
  for (; j < glob.length; j++) {
    const c = glob[j]
    if (c === '\\') j++
    else if (c === '[' && glob[j + 1] === ':') {
      const end = glob.indexOf(':]', j + 2)
      if (end > 0) j = end + 1
    } else if (c === ']') return j
  }
  return -1
}

interface Slot {
  pattern: string
  regex: RegExp
  /** Positions in the constructor's list that hold this pattern. */
  ids: number[]
}

/**
 * A list of globs compiled once and indexed, so that matching one file costs a few map look-ups and only
 * the regexes that could match it, not one regex per glob: the benchmark maps 100,000 files against 1,000
 * globs, and a picomatch `**` regex costs up to a microsecond. Literal paths are found by exact look-up,
 * `dir/**` by prefix alone; other globs with a literal base directory are tested only on files under it;
 * globs without one only on files that have their plain segment (`**\/build/**`) or extension
 * (`**\/*.md`). The few left are tested on every file.
 *
 * Equivalent to `picomatch(glob, { dot: true })(file)` for normalized repo-relative file paths (no `./`,
 * no `.`/`..` segments, no line breaks). Globs must have passed `globProblem`.
 */
export class GlobSet {
  readonly size: number
  private readonly slots: Slot[] = []
  private readonly literal = new Map<string, number[]>()
  private readonly under = new Map<string, number[]>()
  private readonly based = new Map<string, number[]>()
  private readonly bySegment = new Map<string, number[]>()
  private readonly byExtension = new Map<string, number[]>()
  private readonly always: number[] = []
  /** Per slot, the call that last tested it: a file may repeat a segment (`a/x/x`). */
  private visited = new Uint32Array(0)
  private call = 0

  /** @param compiled regexes from `checkGlob`, by glob as written; the others are compiled here */
  constructor(globs: readonly string[], compiled: ReadonlyMap<string, RegExp> = new Map()) {
    this.size = globs.length
    const slotOf = new Map<string, number>()
    globs.forEach((glob, id) => {
      const pattern = normalizeGlob(glob)
      let slot = slotOf.get(pattern)
      if (slot === undefined) {
        slot = this.slots.length
        slotOf.set(pattern, slot)
        const regex = compiled.get(glob) ?? picomatch.makeRe(pattern, OPTIONS)
        this.slots.push({ pattern, regex, ids: [] })
        this.classify(pattern, slot)
      }
      this.slots[slot]!.ids.push(id)
    })
    this.visited = new Uint32Array(this.slots.length)
  }

  /** True when any glob matches; stops at the first. */
  any(file: string): boolean {
    return this.collect(file, undefined)
  }

  /**
   * Appends to `out` the positions (in the constructor's list) of every glob matching `file`, in no
   * particular order. The caller owns and clears `out`, so a hot loop allocates nothing.
   */
  matches(file: string, out: number[]): void {
    this.collect(file, out)
  }

  /** Position of the first glob in the list that matches, or -1. */
  first(file: string, scratch: number[] = []): number {
    scratch.length = 0
    this.collect(file, scratch)
    let best = -1
    for (const id of scratch) if (best < 0 || id < best) best = id
    scratch.length = 0
    return best
  }

  private classify(pattern: string, slot: number): void {
    const scan = picomatch.scan(pattern)
    const clean = !pattern.includes('\\')
    if (!scan.isGlob && clean) return add(this.literal, pattern, slot)
    if (scan.base !== '' && !scan.base.includes('\\') && scan.prefix === '') {
      return add(scan.glob === '**' ? this.under : this.based, scan.base, slot)
    }
    const segment = literalSegment(pattern)
    if (segment !== undefined) return add(this.bySegment, segment, slot)
    const extension = literalExtension(pattern)
    if (extension !== undefined) return add(this.byExtension, extension, slot)
    this.always.push(slot)
  }

  /** With `out` undefined, returns at the first match. */
  private collect(file: string, out: number[] | undefined): boolean {
    if (this.literal.size > 0 && this.emit(this.literal.get(file), out)) return true
    if (this.under.size > 0 || this.based.size > 0) {
      let slash = file.indexOf('/')
      for (;;) {
        const prefix = slash < 0 ? file : file.slice(0, slash)
        if (this.emit(this.under.get(prefix), out)) return true
        if (this.test(this.based.get(prefix), file, out)) return true
        if (slash < 0) break
        slash = file.indexOf('/', slash + 1)
      }
    }
    if (this.bySegment.size > 0) {
      this.call = (this.call + 1) >>> 0 || 1
      const call = this.call
      let start = 0
      for (;;) {
        const end = file.indexOf('/', start)
        const slots = this.bySegment.get(end < 0 ? file.slice(start) : file.slice(start, end))
        if (slots && this.test(slots, file, out, call)) return true
        if (end < 0) break
        start = end + 1
      }
    }
    if (this.byExtension.size > 0) {
      const dot = file.lastIndexOf('.')
      if (dot > file.lastIndexOf('/') && this.test(this.byExtension.get(file.slice(dot + 1)), file, out))
        return true
    }
    return this.test(this.always, file, out)
  }

  private emit(slots: number[] | undefined, out: number[] | undefined): boolean {
    if (slots === undefined) return false
    if (out === undefined) return true
    for (const s of slots) for (const id of this.slots[s]!.ids) out.push(id)
    return false
  }

  private test(slots: number[] | undefined, file: string, out: number[] | undefined, call = 0): boolean {
    if (slots === undefined) return false
    for (const s of slots) {
      if (call !== 0) {
        if (this.visited[s] === call) continue
        this.visited[s] = call
      }
      const slot = this.slots[s]!
      // picomatch's own matcher also accepts a file spelled exactly like the pattern.
      if (file === slot.pattern || slot.regex.test(file)) {
        if (out === undefined) return true
        for (const id of slot.ids) out.push(id)
      }
    }
    return false
  }
}

function add(index: Map<string, number[]>, key: string, slot: number): void {
  const list = index.get(key)
  if (list) list.push(slot)
  else index.set(key, [slot])
}

/**
 * The longest path segment of the glob that is plain text outside any brace, bracket or extglob group
 * (`**\/build/**` → `build`): every matching file has a segment spelled exactly so. Undefined when none.
 */
function literalSegment(pattern: string): string | undefined {
  if (pattern.includes('\\')) return undefined
  let best: string | undefined
  let depth = 0
  let start = 0
  let literal = true
  for (let i = 0; i <= pattern.length; i++) {
    const c = pattern[i]
    if (i === pattern.length || (c === '/' && depth === 0)) {
      const segment = pattern.slice(start, i)
      if (literal && segment !== '' && (best === undefined || segment.length > best.length)) best = segment
      start = i + 1
      literal = true
      continue
    }
    if (SPECIAL.has(c!)) literal = false
    if (c === '[') {
      const close = bracketEnd(pattern, i)
      if (close > 0) i = close
    } else if (c === '{' || c === '(') depth++
    else if (c === '}' || c === ')') depth--
  }
  return best
}

/**
 * The extension every matching file must have, when the glob's file name ends in literal text with a
 * dot (`**\/*.md` → `md`); undefined otherwise.
 */
function literalExtension(pattern: string): string | undefined {
  let start = pattern.length
  while (start > 0 && !SPECIAL.has(pattern[start - 1]!)) start--
  const tail = pattern.slice(start)
  const name = tail.slice(tail.lastIndexOf('/') + 1)
  const dot = name.lastIndexOf('.')
  return dot < 0 ? undefined : name.slice(dot + 1)
}
