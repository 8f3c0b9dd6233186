/**
 * Safe text for GitHub-flavoured markdown. Everything that comes from outside (file and step names,
 * ARNs, reasons, warnings, branch names) reaches the comment only through `text` or `code`,
 * so a file named `<img src=x onerror=alert(1)>` stays text, a `|` cannot split a table cell and an
 * `@someone` cannot notify anyone. Characters are turned into HTML entities rather than backslash
 * escapes because entities mean the same thing in a table cell, a list item, a link text and inside
 * an HTML `<code>` element, while backslashes do not.
 */

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '|': '&#124;',
  '`': '&#96;',
  '*': '&#42;',
  _: '&#95;',
  '[': '&#91;',
  ']': '&#93;',
  '\\': '&#92;',
  '~': '&#126;',
  $: '&#36;'
}
const SPECIAL = /[&<>"'|`*_[\]\\~$]/g
/** C0/C1 controls (newlines handled before) and bidi overrides that could disguise a name. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g
const NEWLINES = /\r\n|\r|\n/g
/** Block syntax that only matters at the start of a line: headings, lists, quotes, setext rules. */
const LEADING_BLOCK = /^([#+=-])|^(\d+)([.)])/
const ZWJ = '\u200d'
const MAX_URL = 2048

function entities(value: string): string {
  return value.replace(INVISIBLE, '\ufffd').replace(SPECIAL, c => ENTITIES[c] ?? c)
}

/**
 * Plain text for a table cell, list item, heading or link text. Newlines become spaces; mentions and
 * issue references are broken with a zero-width joiner (GitHub links them after markdown, so an
 * entity would not help).
 */
export function text(value: string): string {
  const flat = entities(
    value
      .replace(NEWLINES, ' ')
      .replace(/@/g, `@${ZWJ}`)
      .replace(/#(?=\d)/g, `#${ZWJ}`)
  )
  return flat.replace(LEADING_BLOCK, (_m, sign?: string, digits?: string, dot?: string) =>
    sign ? `&#${sign.charCodeAt(0)};` : `${digits}&#${dot!.charCodeAt(0)};`
  )
}

/**
 * A name shown as code: an HTML `<code>` element whose content is entity-escaped, which, unlike a
 * backtick span, keeps `|` from splitting a table row. GitHub does not link mentions inside code,
 * so the name stays exactly copyable.
 */
export function code(value: string): string {
  return `<code>${entities(value.replace(NEWLINES, '↵'))}</code>`
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
