/**
 * Safe text for GitHub-flavoured markdown. Everything that comes from outside (file and step names,
 * ARNs, reasons, warnings, branch names) reaches the comment only through `text` or `code`, so a file
 * named `<img src=x onerror=alert(1)>` stays text, a `|` cannot split a table cell and an `@someone`
 * cannot notify anyone.
 *
 * Both keep a value's characters as they are wherever markdown lets them be: `code` is a backtick
 * code span (literal by definition; its fence is longer than any backtick run inside), and `text`
 * puts a backslash only before the punctuation that would act (`_` only where it could start or end
 * emphasis, not inside `snake_case`). No HTML entities: an entity-encoded value (`ghp&#95;…`) is
 * invisible to the runner's secret masking and to secret scanners, and unreadable in the raw text.
 */

/** C0/C1 controls (newlines handled before) and bidi overrides that could disguise a name. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g
const NEWLINES = /\r\n|\r|\n|\u2028|\u2029/g
/** Punctuation that acts wherever it stands: emphasis, code, links, HTML, tables, strike, math, escapes. */
const ALWAYS = /[\\`*[\]<|~$]/
/** Block syntax that only matters at the start of a line: headings, lists, quotes, setext rules. */
const LEADING_BLOCK = /^([#+=>-])|^(\d+)([.)])/
const WORD = /[\p{L}\p{N}]/u
const ZWJ = '\u200d'
const MAX_URL = 2048

/**
 * Plain text for a table cell, list item, heading or link text. Newlines become spaces; mentions and
 * issue references are broken with a zero-width joiner (GitHub links them after markdown, so an
 * escape would not help).
 */
export function text(value: string): string {
  const flat = value
    .replace(NEWLINES, ' ')
    .replace(INVISIBLE, '\ufffd')
    .replace(/@/g, `@${ZWJ}`)
    .replace(/#(?=\d)/g, `#${ZWJ}`)
  const chars = [...flat]
  let out = ''
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!
    out += needsEscape(c, chars[i - 1], chars[i + 1]) ? `\\${c}` : c
  }
  return out.replace(LEADING_BLOCK, (_m, sign?: string, digits?: string, dot?: string) =>
    sign ? `\\${sign}` : `${digits}\\${dot}`
  )
}

function needsEscape(c: string, before: string | undefined, after: string | undefined): boolean {
  if (ALWAYS.test(c)) return true
  // Between two letters or digits `_` can neither open nor close emphasis (CommonMark flanking rules).
  if (c === '_') return !(before && after && WORD.test(before) && WORD.test(after))
  // `&` only matters where it could start an entity (`&amp;`, `&#95;`).
  if (c === '&') return after !== undefined && /[#A-Za-z0-9]/.test(after)
  return false
}

/**
 * A name shown as code: a backtick code span, whose content markdown never interprets (no
 * emphasis, links, HTML, mentions or entities), so the name stays exactly copyable. Its fence is one
 * backtick longer than the longest run inside, padded with a space when the name starts or ends with
 * a backtick or a space (markdown strips one such space on each side). In a table (`where: 'table'`)
 * a `|` is written `\|`, which GitHub turns back into `|` inside the cell, code spans included;
 * elsewhere it stays as it is.
 */
export function code(value: string, where: 'inline' | 'table' = 'inline'): string {
  let content = value.replace(NEWLINES, '↵').replace(INVISIBLE, '\ufffd')
  if (where === 'table') content = content.replace(/\|/g, '\\|')
  if (content.length === 0) return '` `'
  const longest = Math.max(0, ...(content.match(/`+/g) ?? []).map(run => run.length))
  const fence = '`'.repeat(longest + 1)
  const pad = /^[` ]|[` ]$/.test(content) ? ' ' : ''
  return `${fence}${pad}${content}${pad}${fence}`
}

/** Shortens to at most `max` characters (the last one an ellipsis), never splitting a surrogate pair. */
export function clip(value: string, max: number): string {
  if (value.length <= max) return value
  let cut = value.slice(0, Math.max(0, max - 1))
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1)
  return `${cut}…`
}

/** Shortens a path or name in the middle, keeping its end (`src/…/train.py`), which tells files apart. */
export function clipMiddle(value: string, max: number): string {
  if (value.length <= max) return value
  const tail = Math.floor((max - 1) / 2)
  let head = value.slice(0, max - 1 - tail)
  let end = value.slice(value.length - tail)
  if (/[\ud800-\udbff]$/.test(head)) head = head.slice(0, -1)
  if (/^[\udc00-\udfff]/.test(end)) end = end.slice(1)
  return `${head}…${end}`
}

/**
 * A link, or plain text when the URL is not http(s): URLs come from our own adapters, but a hostile
 * one must not become `javascript:` or break out of the `(…)` destination.
 */
export function link(label: string, url: string | undefined): string {
  const safe = safeUrl(url)
  return safe ? `[${label}](${safe})` : label
}

export function safeUrl(url: string | undefined): string | undefined {
  // Real console and run URLs are short; a huge one would only eat the comment's size budget.
  if (!url || url.length > MAX_URL) return undefined
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return undefined
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined
  return parsed.href.replace(
    /[()<>|"'`\s\\$]/g,
    c => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`
  )
}

/** A collapsed block; GitHub needs the blank line after `<summary>` to render markdown inside. */
export function details(summary: string, body: string, open = false): string {
  return `<details${open ? ' open' : ''}><summary>${summary}</summary>\n\n${body.trimEnd()}\n\n</details>`
}

/** `1,234`: counts in headlines are read at a glance. */
export function count(n: number): string {
  return n.toLocaleString('en-US')
}

/** "1 step" / "3 steps". */
export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count(n)} ${n === 1 ? singular : pluralForm}`
}

/** The trailer of a capped list, or nothing when everything was shown. */
export function more(hidden: number, what = ''): string {
  return hidden > 0 ? `…and ${count(hidden)} more${what ? ` ${what}` : ''}` : ''
}

/** The first seven characters of a commit, as code. */
export function shortSha(sha: string): string {
  return code(sha.slice(0, 7))
}
