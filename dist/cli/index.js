#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 4006:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(8016);
const utils = __nccwpck_require__(4059);

function picomatch(glob, options, returnState = false) {
  // default to os.platform()
  if (options && (options.windows === null || options.windows === undefined)) {
    // don't mutate the original options object
    options = { ...options, windows: utils.isWindows() };
  }

  return pico(glob, options, returnState);
}

Object.assign(picomatch, pico);
module.exports = picomatch;


/***/ }),

/***/ 5595:
/***/ ((module) => {



const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 8265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(5595);
const utils = __nccwpck_require__(4059);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const buildCharClassStar = chars => {
  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const getStarExtglobSequenceChars = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  return chars;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
  // characters we can emit one flat, ReDoS-safe character class that preserves the
  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
  // every branch but the first.
  const safeChars = [];
  let sawStarSequence = false;
  let combinable = true;

  for (const branch of branches) {
    const chars = getStarExtglobSequenceChars(branch);
    if (chars) {
      sawStarSequence = true;
      safeChars.push(...chars);
      continue;
    }

    const literal = normalizeSimpleBranch(branch);
    if (literal && literal.length === 1) {
      safeChars.push(literal);
      continue;
    }

    combinable = false;

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  if (sawStarSequence) {
    return combinable
      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
      : { risky: true };
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      // A globstar followed only by balanced closing parens is at the logical end of patterns like
      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
      // parent path, except in negated extglobs where that would change the exclusion semantics.
      const isEnd = eos() || (
        state.parens > 0
        && rest === ')'.repeat(state.parens)
        && !extglobs.some(extglob => extglob.type === 'negate')
      );

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 8016:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(1781);
const parse = __nccwpck_require__(8265);
const utils = __nccwpck_require__(4059);
const constants = __nccwpck_require__(5595);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 *
 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
 * const picomatch = require('picomatch/posix');
 * // the same API, defaulting to posix paths
 * const isMatch = picomatch('a/*');
 * console.log(isMatch('a\\b')); //=> false
 * console.log(isMatch('a/b')); //=> true
 *
 * // you can still configure the matcher function to accept windows paths
 * const isMatch = picomatch('a/*', { options: windows });
 * console.log(isMatch('a\\b')); //=> true
 * console.log(isMatch('a/b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input, { windows: posix }));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.makeRe(state[, options]);
 *
 * const result = picomatch.makeRe('*.js');
 * console.log(result);
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 1781:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(4059);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(5595);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          let parens = 0;

          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }

            if (code === CHAR_LEFT_PARENTHESES) {
              parens++;
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        let parens = 1;

        while (eos() !== true && (code = advance())) {
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            advance();
            continue;
          }

          if (code === CHAR_LEFT_PARENTHESES) {
            parens++;
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex !== undefined ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (i >= start) {
        parts.push(value);
        prevIndex = i;
      }
    }

    const n = prevIndex !== undefined ? prevIndex + 1 : start;
    const value = input.slice(n);
    parts.push(value);

    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
      tokens[tokens.length - 1].value = value;
      depth(tokens[tokens.length - 1]);
      state.maxDepth += tokens[tokens.length - 1].depth;
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 4059:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(5595);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ }),

/***/ 3882:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   ID: () => (/* binding */ findDataEdges),
/* harmony export */   IY: () => (/* binding */ scanStep),
/* harmony export */   cm: () => (/* binding */ childPath)
/* harmony export */ });
/**
 * The S3 locations a step reads and writes as written in its own object, for the data dependencies
 * the definition does not declare: a step that reads a literal S3 URI another step writes depends on
 * that step's output, though the service sees no edge between them (no `Get: Steps.X`, no DependsOn).
 * The SDK examples build such paths at definition time, e.g. a RegisterModel's `ModelMetrics` pointing
 * at `<evaluation output>/evaluation.json`, rendered into a plain string.
 *
 * Pure, no I/O. Kept apart from definition.ts so that the parser and the definition diff can both use
 * it without an import cycle.
 */
/**
 * Where a step writes, by JSON path inside the step object (the job's request shape):
 * Processing `ProcessingOutputConfig.Outputs[].S3Output.S3Uri`; Training, AutoML and a Tuning step's
 * `TrainingJobDefinition(s)` `OutputDataConfig.S3OutputPath`; Transform `TransformOutput.S3OutputPath`.
 */
const WRITES = [
    /(?:^|\.)ProcessingOutputConfig\.Outputs\[\d+\]\.S3Output\.S3Uri$/,
    /(?:^|\.)OutputDataConfig\.S3OutputPath$/,
    /(?:^|\.)TransformOutput\.S3OutputPath$/
];
/**
 * A key on the way to a value that makes it a place the step writes rather than reads: `…Output…`
 * (ProcessingOutputConfig, OutputDataConfig, DebugHookConfig.S3OutputPath, ProfilerConfig.S3OutputPath,
 * TensorBoardOutputConfig, a hyperparameter `output_path`, …) and `CheckpointConfig` (the job's own
 * checkpoints). Such a value is never counted as an input.
 */
const WRITE_KEY = /output|^CheckpointConfig$/i;
/**
 * `Execution.*` variables that have one value for a whole execution, so two steps of one run render them
 * alike. `CurrentDateTime` is evaluated anew at each use and `TrainingJobName`/`ProcessingJobName` differ
 * per step: a path that holds them matches nothing.
 */
const RUN_CONSTANTS = new Set([
    'Execution.PipelineExecutionId',
    'Execution.PipelineExecutionArn',
    'Execution.PipelineName',
    'Execution.PipelineArn',
    'Execution.StartDateTime'
]);
const EXECUTION_ID = 'Execution.PipelineExecutionId';
function scanStep(own) {
    const out = { reads: [], writes: [], executionIdPaths: [] };
    visit(own, '', false, (path, value, writeKey) => {
        const join = joinOf(value);
        if (join && join.on === '/' && join.values.some(v => isObject(v) && v.Get === EXECUTION_ID)) {
            const first = join.values[0];
            if (!(typeof first === 'string' && first.startsWith('arn:')))
                out.executionIdPaths.push(path);
        }
        const uri = renderS3(value);
        if (uri === undefined)
            return;
        if (WRITES.some(w => w.test(path)))
            out.writes.push({ path, uri });
        else if (!writeKey)
            out.reads.push({ path, uri });
    });
    return out;
}
/**
 * The data dependencies the definition leaves implicit: a step whose S3 URI (a literal `s3://…`, or a
 * `Std:Join` of literals, parameters and run constants) equals or lies under a URI another step writes
 * (`WRITES`) reads that step's output. Selective execution reuses by step name and follows only the
 * declared edges (reference §1.2, §3.7), so without an edge a changed writer would not select its
 * reader, and a selected reader would not keep its writer's output from the reference.
 *
 * `added` is judged against the declared edges only (what the service orders). A pair the declared
 * edges order the other way (the reader runs first and reads what an earlier run left there), or that
 * would close a cycle with the data edges added before it, gets no edge and is not listed. Candidates
 * are taken readers first in topological order, then writers in that order, so the result is
 * deterministic.
 *
 * @param graph the declared DAG
 * @param scans `scanStep` of every step's own object
 */
function findDataEdges(graph, scans) {
    const order = graph.topologicalOrder();
    const rank = new Map(order.map((n, i) => [n, i]));
    const writers = new Map();
    for (const name of order) {
        for (const at of scans.get(name)?.writes ?? []) {
            const list = writers.get(at.uri) ?? [];
            list.push({ step: name, at });
            writers.set(at.uri, list);
        }
    }
    if (writers.size === 0)
        return [];
    // Declared reachability. On a topological order a path stays within the ranks of its ends, so the
    // first query from a step searches only there; a step asked about again gets all its descendants
    // once (one writer read by thousands of steps stays linear).
    const asked = new Set();
    const below = new Map();
    const declared = (from, to) => {
        const limit = rank.get(to);
        if (rank.get(from) >= limit)
            return false;
        let all = below.get(from);
        if (!all && asked.has(from)) {
            all = reach(from, n => graph.children(n));
            below.set(from, all);
        }
        asked.add(from);
        return all
            ? all.has(to)
            : reach(from, n => graph.children(n), m => rank.get(m) <= limit).has(to);
    };
    const extra = new Map();
    const closesCycle = (reader, writer) => extra.size > 0 && reach(reader, n => [...graph.children(n), ...(extra.get(n) ?? [])]).has(writer);
    const decided = new Map();
    const out = [];
    for (const reader of order) {
        for (const read of scans.get(reader)?.reads ?? []) {
            const sources = prefixes(read.uri)
                .flatMap(p => writers.get(p) ?? [])
                .filter((w, i, all) => w.step !== reader && all.findIndex(o => o.step === w.step) === i)
                .sort((a, b) => rank.get(a.step) - rank.get(b.step));
            for (const w of sources) {
                const key = `${w.step}\u0000${reader}`;
                let added = decided.get(key);
                if (added === undefined) {
                    if (declared(w.step, reader))
                        added = false;
                    else if (declared(reader, w.step) || closesCycle(reader, w.step))
                        added = 'none';
                    else {
                        added = true;
                        extra.set(w.step, [...(extra.get(w.step) ?? []), reader]);
                    }
                    decided.set(key, added);
                }
                if (added === 'none')
                    continue;
                out.push({
                    from: w.step,
                    to: reader,
                    path: read.path,
                    uri: read.uri,
                    executionScoped: w.at.uri.includes(`{${EXECUTION_ID}}`),
                    added
                });
            }
        }
    }
    return out;
}
/** `from` and every step reachable from it through `next`, entering only steps that pass `keep`. */
function reach(from, next, keep = () => true) {
    const seen = new Set([from]);
    const stack = [from];
    while (stack.length > 0) {
        for (const m of next(stack.pop())) {
            if (!seen.has(m) && keep(m)) {
                seen.add(m);
                stack.push(m);
            }
        }
    }
    return seen;
}
/**
 * The URI and each shorter prefix ending at a "/", down to the first key segment. Never the bare bucket:
 * a Training job writes under `<S3OutputPath>/<job name>/`, and the SDK's default output path is the
 * bucket itself (`s3://bucket/`, as in the corpus), so "everything in the bucket" would make every
 * read of it an edge.
 */
function prefixes(uri) {
    const bucketEnd = uri.indexOf('/', 5);
    if (bucketEnd < 0)
        return [];
    const out = [uri];
    for (let i = uri.lastIndexOf('/'); i > bucketEnd; i = uri.lastIndexOf('/', i - 1))
        out.push(uri.slice(0, i));
    return out;
}
/** `path` extended by an object key, in the notation of the definition diff (`a.b`, `a["x.y"]`). */
function childPath(path, key) {
    if (/^[A-Za-z0-9_$-]+$/.test(key))
        return path === '' ? key : `${path}.${key}`;
    return `${path}[${JSON.stringify(key)}]`;
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/**
 * Calls `found` for every string and every `Std:Join` (not descending into it) below `value`, with its
 * JSON path and whether a key on the way names a place the step writes.
 */
function visit(value, path, writeKey, found) {
    if (typeof value === 'string' || joinOf(value)) {
        found(path, value, writeKey);
    }
    else if (Array.isArray(value)) {
        value.forEach((v, i) => visit(v, `${path}[${i}]`, writeKey, found));
    }
    else if (isObject(value)) {
        for (const [k, v] of Object.entries(value))
            visit(v, childPath(path, k), writeKey || WRITE_KEY.test(k), found);
    }
}
function joinOf(value) {
    if (!isObject(value) || Object.keys(value).length !== 1 || !isObject(value['Std:Join']))
        return undefined;
    const { On: on, Values: values } = value['Std:Join'];
    if (typeof on !== 'string' || !Array.isArray(values))
        return undefined;
    return { on, values };
}
/** The S3 URI a value stands for (see `S3Location.uri`), or undefined when it is not one. */
function renderS3(value) {
    let text;
    if (typeof value === 'string') {
        text = /^"s3:\/\/.*"$/.test(value) ? value.slice(1, -1) : value;
    }
    else {
        const join = joinOf(value);
        if (!join)
            return undefined;
        const parts = [];
        for (const v of join.values) {
            if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
                parts.push(String(v));
            else if (isObject(v) && typeof v.Get === 'string' && isRunConstant(v.Get))
                parts.push(`{${v.Get}}`);
            else
                return undefined;
        }
        text = parts.join(join.on);
    }
    if (!/^s3:\/\/[^/]+/.test(text))
        return undefined;
    return text.replace(/\/+$/, '');
}
function isRunConstant(get) {
    return RUN_CONSTANTS.has(get) || /^Parameters\.[^.[]+$/.test(get);
}


/***/ }),

/***/ 6925:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Gv: () => (/* reexport */ data_locations/* isObject */.Gv),
  EE: () => (/* binding */ ownFields),
  JA: () => (/* binding */ parseDefinition),
  $t: () => (/* binding */ stepReferences)
});

// UNUSED EXPORTS: DEFINITION_VERSION, DefinitionError

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/core/data-locations.ts
var data_locations = __nccwpck_require__(3882);
;// CONCATENATED MODULE: ./src/core/graph.ts
/** The kind of an edge the definition does not declare: one step reads an S3 location another writes. */
const HIDDEN_EDGE_KIND = 'data';
/**
 * The pipeline DAG as the service runs it: every step (nested Condition branches included) and the
 * edges that order them, plus the `data` edges `parseDefinition` adds where one step reads what another
 * writes without the definition saying so. Built by `parseDefinition`; immutable afterwards.
 * Traversals return names in topological order so that plans, reports and CLI output are stable.
 */
class StepGraph {
    steps;
    parameters;
    parentsOf = new Map();
    childrenOf = new Map();
    edgeKinds = new Map();
    order;
    rank = new Map();
    facts;
    /**
     * @param steps in definition order (depth first through Condition branches)
     * @param edges may repeat; kinds are merged. Both ends must be steps; cycles are rejected.
     * @param facts data edges and execution-id paths found by the parser; their steps must be in the graph
     */
    constructor(steps, edges, parameters = [], facts = {}) {
        this.steps = new Map(steps.map(s => [s.name, s]));
        this.parameters = new Map(parameters.map(p => [p.name, p]));
        for (const s of steps) {
            this.parentsOf.set(s.name, new Set());
            this.childrenOf.set(s.name, new Set());
        }
        for (const e of edges) {
            if (!this.steps.has(e.from) || !this.steps.has(e.to)) {
                throw new Error(`edge ${e.from} → ${e.to} names a step that is not in the graph`);
            }
            this.childrenOf.get(e.from).add(e.to);
            this.parentsOf.get(e.to).add(e.from);
            const key = edgeKey(e.from, e.to);
            const kinds = this.edgeKinds.get(key) ?? new Set();
            kinds.add(e.kind);
            this.edgeKinds.set(key, kinds);
        }
        this.order = this.topologicalSort(steps.map(s => s.name));
        this.order.forEach((name, i) => this.rank.set(name, i));
        for (const d of facts.dataEdges ?? [])
            this.sorted([d.from, d.to]);
        this.sorted(facts.executionIdPaths?.keys() ?? []);
        this.facts = facts;
    }
    get size() {
        return this.steps.size;
    }
    has(name) {
        return this.steps.has(name);
    }
    step(name) {
        const s = this.steps.get(name);
        if (!s)
            throw new Error(`unknown step "${name}"`);
        return s;
    }
    /** All step names in a topological order (ties broken by definition order). */
    topologicalOrder() {
        return [...this.order];
    }
    parents(name) {
        return this.parentsOf.get(name) ?? new Set();
    }
    children(name) {
        return this.childrenOf.get(name) ?? new Set();
    }
    /** Deduplicated edges in a stable order (by topological rank of `from`, then `to`). */
    edges() {
        const out = [];
        for (const from of this.order) {
            const tos = [...this.children(from)].sort((a, b) => this.rank.get(a) - this.rank.get(b));
            for (const to of tos)
                out.push({ from, to, kinds: [...this.edgeKinds.get(edgeKey(from, to))].sort() });
        }
        return out;
    }
    /** The given steps plus everything reachable from them, in topological order. */
    closure(names) {
        return this.sorted(this.reach(names, n => this.children(n), true));
    }
    /** Strict descendants of the given steps (not the steps themselves unless reachable from another). */
    descendants(names) {
        return this.sorted(this.reach(names, n => this.children(n), false));
    }
    /** Strict ancestors of the given steps. */
    ancestors(names) {
        return this.sorted(this.reach(names, n => this.parents(n), false));
    }
    /** Sorts step names topologically; unknown names are an error. */
    sorted(names) {
        const list = [...new Set(names)];
        for (const n of list)
            if (!this.rank.has(n))
                throw new Error(`unknown step "${n}"`);
        return list.sort((a, b) => this.rank.get(a) - this.rank.get(b));
    }
    /** Steps that read a parameter, directly in their own object. */
    readersOf(parameter) {
        return this.order.filter(n => this.steps.get(n).parameters.includes(parameter));
    }
    /**
     * Reads of S3 locations another step writes, by the reader's topological rank, then the writer's, then
     * the path read. Those with `added` are also edges of kind `data` in `edges()`.
     */
    dataEdges() {
        const r = (n) => this.rank.get(n);
        return [...(this.facts.dataEdges ?? [])].sort((a, b) => r(a.to) - r(b.to) || r(a.from) - r(b.from) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    }
    /**
     * Steps that build an S3 path from `{"Get": "Execution.PipelineExecutionId"}` (in a `Std:Join`), in
     * topological order: what the path names differs in every run, so no definition can say where a reused
     * output of theirs lies. `dataEdges()` with `executionScoped` shows which reads actually depend on it.
     */
    volatileExecutionIdSteps() {
        return this.sorted(this.facts.executionIdPaths?.keys() ?? []);
    }
    /** Where a step builds a path from the execution id (JSON paths in its object); empty when nowhere. */
    executionIdPaths(name) {
        return this.facts.executionIdPaths?.get(name) ?? [];
    }
    /** Every Condition enclosing the step, innermost first. */
    enclosingConditions(name) {
        const out = [];
        let current = this.steps.get(name)?.condition;
        while (current) {
            out.push(current);
            current = this.steps.get(current)?.condition;
        }
        return out;
    }
    reach(start, next, includeStart) {
        const seen = new Set();
        const stack = [];
        for (const s of start) {
            if (!this.steps.has(s))
                throw new Error(`unknown step "${s}"`);
            if (includeStart)
                seen.add(s);
            stack.push(s);
        }
        while (stack.length > 0) {
            const n = stack.pop();
            for (const m of next(n)) {
                if (!seen.has(m)) {
                    seen.add(m);
                    stack.push(m);
                }
            }
        }
        return seen;
    }
    /** Kahn's algorithm; the queue is kept in definition order so the result is deterministic. */
    topologicalSort(definitionOrder) {
        const position = new Map(definitionOrder.map((n, i) => [n, i]));
        const indegree = new Map(definitionOrder.map(n => [n, this.parentsOf.get(n).size]));
        const ready = new MinHeap((a, b) => position.get(a) - position.get(b));
        for (const n of definitionOrder)
            if (indegree.get(n) === 0)
                ready.push(n);
        const out = [];
        while (ready.size > 0) {
            const n = ready.pop();
            out.push(n);
            for (const m of this.childrenOf.get(n)) {
                const d = indegree.get(m) - 1;
                indegree.set(m, d);
                if (d === 0)
                    ready.push(m);
            }
        }
        if (out.length !== definitionOrder.length) {
            throw new CycleError(this.findCycle(definitionOrder.filter(n => indegree.get(n) > 0)));
        }
        return out;
    }
    findCycle(candidates) {
        const inCycleSet = new Set(candidates);
        const start = candidates[0];
        const path = [];
        const index = new Map();
        // Every leftover node keeps a leftover parent, so walking parents must come back on itself.
        let current = start;
        while (!index.has(current)) {
            index.set(current, path.length);
            path.push(current);
            current = [...this.parentsOf.get(current)].find(c => inCycleSet.has(c));
        }
        return [...path.slice(index.get(current)), current].reverse();
    }
}
class CycleError extends Error {
    cycle;
    constructor(cycle) {
        super(`the pipeline's steps form a cycle: ${cycle.join(' → ')}`);
        this.cycle = cycle;
        this.name = 'CycleError';
    }
}
function edgeKey(from, to) {
    return `${from}\u0000${to}`;
}
/** A binary heap, so the deterministic topological sort stays O(n log n) on 5,000-step graphs. */
class MinHeap {
    compare;
    items = [];
    constructor(compare) {
        this.compare = compare;
    }
    get size() {
        return this.items.length;
    }
    push(item) {
        const a = this.items;
        a.push(item);
        let i = a.length - 1;
        while (i > 0) {
            const parent = (i - 1) >> 1;
            if (this.compare(a[i], a[parent]) >= 0)
                break;
            [a[i], a[parent]] = [a[parent], a[i]];
            i = parent;
        }
    }
    pop() {
        const a = this.items;
        const top = a[0];
        const last = a.pop();
        if (a.length > 0) {
            a[0] = last;
            let i = 0;
            for (;;) {
                const l = 2 * i + 1;
                const r = l + 1;
                let m = i;
                if (l < a.length && this.compare(a[l], a[m]) < 0)
                    m = l;
                if (r < a.length && this.compare(a[r], a[m]) < 0)
                    m = r;
                if (m === i)
                    break;
                [a[i], a[m]] = [a[m], a[i]];
                i = m;
            }
        }
        return top;
    }
}

;// CONCATENATED MODULE: ./src/core/json-position.ts
/**
 * The offset of the first syntax error in a JSON text, or -1 when it is valid. `JSON.parse` on Node 20
 * names the offset for some errors only ("Unexpected token ',', ..." has none), and a user fixing a
 * pipeline definition needs the line and column every time.
 */
function jsonErrorOffset(text) {
    let i = 0;
    const fail = () => {
        // The offset itself is thrown (caught below): a scanner's control flow, never seen outside.
        // eslint-disable-next-line @typescript-eslint/only-throw-error
        throw i;
    };
    const ws = () => {
        while (i < text.length && ' \t\n\r'.includes(text[i]))
            i++;
    };
    const literal = (word) => {
        if (text.startsWith(word, i))
            i += word.length;
        else
            fail();
    };
    const string = () => {
        i++; // opening quote
        while (i < text.length) {
            const c = text[i];
            if (c === '"') {
                i++;
                return;
            }
            if (c === '\\') {
                const e = text[i + 1];
                if (e === 'u') {
                    if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
                        i += 2;
                        fail();
                    }
                    i += 6;
                }
                else if (e !== undefined && '"\\/bfnrt'.includes(e))
                    i += 2;
                else {
                    i++;
                    fail();
                }
            }
            else if (c < ' ')
                fail();
            else
                i++;
        }
        fail();
    };
    const number = () => {
        const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
        if (!m || m[0] === '' || m[0] === '-')
            fail();
        i += m[0].length;
    };
    const value = () => {
        ws();
        const c = text[i];
        if (c === '{') {
            i++;
            ws();
            if (text[i] === '}') {
                i++;
                return;
            }
            for (;;) {
                ws();
                if (text[i] !== '"')
                    fail();
                string();
                ws();
                if (text[i] !== ':')
                    fail();
                i++;
                value();
                ws();
                if (text[i] === ',')
                    i++;
                else if (text[i] === '}') {
                    i++;
                    return;
                }
                else
                    fail();
            }
        }
        else if (c === '[') {
            i++;
            ws();
            if (text[i] === ']') {
                i++;
                return;
            }
            for (;;) {
                value();
                ws();
                if (text[i] === ',')
                    i++;
                else if (text[i] === ']') {
                    i++;
                    return;
                }
                else
                    fail();
            }
        }
        else if (c === '"')
            string();
        else if (c === 't')
            literal('true');
        else if (c === 'f')
            literal('false');
        else if (c === 'n')
            literal('null');
        else if (c === '-' || (c !== undefined && c >= '0' && c <= '9'))
            number();
        else
            fail();
    };
    try {
        value();
        ws();
        if (i < text.length)
            fail();
        return -1;
    }
    catch (offset) {
        if (typeof offset === 'number')
            return offset;
        throw offset;
    }
}

;// CONCATENATED MODULE: ./src/core/definition.ts





/** The only pipeline definition schema version the service knows. */
const DEFINITION_VERSION = '2020-12-01';
const STEP_NAME = /^[A-Za-z0-9\-_]{1,64}$/;
const PARAMETER_TYPES = ['String', 'Integer', 'Float', 'Boolean'];
class DefinitionError extends errors/* UserError */.yo {
    constructor(source, message) {
        super(`${source}: ${message}`);
        this.name = 'DefinitionError';
    }
}
/**
 * Reads a SageMaker pipeline definition (the JSON of `DescribePipeline.PipelineDefinition`) into the
 * DAG the service runs, by the rules of the SDK's `PipelineGraph` (reference §3.7): every step,
 * Condition branches included at any depth; edges from `DependsOn`, from every `{"Get": "Steps.X…"}`
 * in a step's own object (not in a Condition's branch arrays) and from a Condition to each step it
 * encloses. Then the data edges the definition leaves implicit (`findDataEdges`, kind `data`) and, per
 * step, the S3 paths it builds from the execution id (`StepGraph.volatileExecutionIdSteps`).
 *
 * @param source names the document in error messages (a file path, "the reference run", …)
 */
function parseDefinition(definition, source = 'pipeline definition', options = {}) {
    const doc = typeof definition === 'string' ? parseJson(definition, source) : definition;
    if (!(0,data_locations/* isObject */.Gv)(doc))
        throw new DefinitionError(source, 'the definition must be a JSON object');
    if (doc.Version !== DEFINITION_VERSION) {
        throw new DefinitionError(source, `unknown definition Version ${JSON.stringify(doc.Version)}; the service accepts only "${DEFINITION_VERSION}"`);
    }
    if (!Array.isArray(doc.Steps))
        throw new DefinitionError(source, '"Steps" must be an array of step objects');
    const parameters = readParameters(doc.Parameters, source);
    const steps = [];
    collectSteps(doc.Steps, 'Steps', undefined, undefined, steps, new Set(), source);
    const names = new Set(steps.map(s => s.name));
    const edges = [];
    for (const step of steps) {
        const dependsOn = step.raw.DependsOn;
        if (dependsOn !== undefined) {
            if (!Array.isArray(dependsOn) || dependsOn.some(d => typeof d !== 'string')) {
                throw new DefinitionError(source, `step "${step.name}": DependsOn must be a list of step names`);
            }
            for (const d of dependsOn) {
                if (!names.has(d)) {
                    throw new DefinitionError(source, `step "${step.name}" depends on "${d}", which is not a step of this pipeline`);
                }
                edges.push({ from: d, to: step.name, kind: 'depends-on' });
            }
        }
        for (const ref of stepReferences(step)) {
            if (!names.has(ref)) {
                throw new DefinitionError(source, `step "${step.name}" reads "Steps.${ref}…", but there is no step named "${ref}"`);
            }
            edges.push({ from: ref, to: step.name, kind: 'property' });
        }
        if (step.condition)
            edges.push({ from: step.condition, to: step.name, kind: 'condition' });
    }
    const scans = new Map(steps.map(s => [s.name, (0,data_locations/* scanStep */.IY)(ownFields(s))]));
    const executionIdPaths = new Map();
    for (const [name, scan] of scans) {
        if (scan.executionIdPaths.length > 0)
            executionIdPaths.set(name, scan.executionIdPaths);
    }
    const build = (all, facts) => {
        try {
            return new StepGraph(steps, all, parameters, facts);
        }
        catch (error) {
            if (error instanceof CycleError)
                throw new DefinitionError(source, error.message);
            throw error;
        }
    };
    const graph = build(edges, { executionIdPaths });
    if (options.dataEdges === false)
        return graph;
    const found = (0,data_locations/* findDataEdges */.ID)(graph, scans);
    if (found.length === 0)
        return graph;
    const added = found.filter(d => d.added).map(d => ({ from: d.from, to: d.to, kind: HIDDEN_EDGE_KIND }));
    return build([...edges, ...added], { dataEdges: found, executionIdPaths });
}
function parseJson(text, source) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const offset = jsonErrorOffset(text);
        let where = '';
        if (offset >= 0) {
            const before = text.slice(0, offset);
            const line = before.split('\n').length;
            const column = offset - before.lastIndexOf('\n');
            where = ` at line ${line}, column ${column}`;
        }
        throw new DefinitionError(source, `invalid JSON${where}: ${message}`);
    }
}
function readParameters(value, source) {
    if (value === undefined)
        return [];
    if (!Array.isArray(value))
        throw new DefinitionError(source, '"Parameters" must be an array');
    const seen = new Set();
    return value.map((p, i) => {
        if (!(0,data_locations/* isObject */.Gv)(p) || typeof p.Name !== 'string' || p.Name === '') {
            throw new DefinitionError(source, `Parameters[${i}] has no Name`);
        }
        if (seen.has(p.Name))
            throw new DefinitionError(source, `parameter "${p.Name}" is declared twice`);
        seen.add(p.Name);
        const type = p.Type ?? 'String';
        if (!PARAMETER_TYPES.includes(type)) {
            throw new DefinitionError(source, `parameter "${p.Name}" has Type ${JSON.stringify(type)}; expected one of ${PARAMETER_TYPES.join(', ')}`);
        }
        const def = { name: p.Name, type: type };
        const dv = p.DefaultValue;
        if (typeof dv === 'string' || typeof dv === 'number' || typeof dv === 'boolean')
            def.defaultValue = dv;
        if (Array.isArray(p.EnumValues))
            def.enumValues = p.EnumValues.map(String);
        return def;
    });
}
function collectSteps(list, path, condition, branch, out, seen, source) {
    list.forEach((raw, i) => {
        const where = `${path}[${i}]`;
        if (!(0,data_locations/* isObject */.Gv)(raw))
            throw new DefinitionError(source, `${where} is not a step object`);
        const name = raw.Name;
        if (typeof name !== 'string' || !STEP_NAME.test(name)) {
            throw new DefinitionError(source, `${where} has the step name ${JSON.stringify(name)}; names are 1-64 characters of A-Z, a-z, 0-9, - and _`);
        }
        if (typeof raw.Type !== 'string')
            throw new DefinitionError(source, `step "${name}" has no Type`);
        if (seen.has(name)) {
            throw new DefinitionError(source, `the step name "${name}" is used twice (${where} and an earlier step); names must be unique across the top level and all Condition branches`);
        }
        seen.add(name);
        const node = { name, type: raw.Type, parameters: [], raw };
        if (condition) {
            node.condition = condition;
            node.branch = branch;
        }
        node.parameters = [
            ...new Set(getters(ownFields(node))
                .filter(g => g.startsWith('Parameters.'))
                .map(g => g.slice(11)))
        ];
        out.push(node);
        if (raw.Type === 'Condition') {
            const args = (0,data_locations/* isObject */.Gv)(raw.Arguments) ? raw.Arguments : {};
            for (const [key, b] of [
                ['IfSteps', 'If'],
                ['ElseSteps', 'Else']
            ]) {
                const nested = args[key];
                if (nested === undefined)
                    continue;
                if (!Array.isArray(nested))
                    throw new DefinitionError(source, `step "${name}": Arguments.${key} must be an array`);
                collectSteps(nested, `${where}.Arguments.${key}`, name, b, out, seen, source);
            }
        }
    });
}
/** The step object without a Condition's nested branch arrays: those steps speak for themselves (used for edges and for the definition diff). */
function ownFields(step) {
    if (step.type !== 'Condition' || !(0,data_locations/* isObject */.Gv)(step.raw.Arguments))
        return step.raw;
    const { IfSteps: _if, ElseSteps: _else, ...args } = step.raw.Arguments;
    return { ...step.raw, Arguments: args };
}
/** Names of the steps this step reads through `{"Get": "Steps.<name>…"}` in its own object. */
function stepReferences(step) {
    const refs = new Set();
    for (const g of getters(ownFields(step))) {
        if (!g.startsWith('Steps.'))
            continue;
        const m = /^Steps\.([^.[]+)/.exec(g);
        if (m)
            refs.add(m[1]);
    }
    return [...refs];
}
/** Every string value stored under a key named "Get", anywhere below `value`. */
function getters(value, out = []) {
    if (Array.isArray(value)) {
        for (const v of value)
            getters(v, out);
    }
    else if ((0,data_locations/* isObject */.Gv)(value)) {
        for (const [k, v] of Object.entries(value)) {
            if (k === 'Get' && typeof v === 'string')
                out.push(v);
            else
                getters(v, out);
        }
    }
    return out;
}


/***/ }),

/***/ 807:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   YA: () => (/* binding */ runParameters)
/* harmony export */ });
/* unused harmony exports parseParameterOverrides, defaultText */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3916);


/**
 * Reads the `parameters` input: a YAML or JSON mapping of parameter name to value. Values go over the
 * wire as strings, so numbers and booleans keep the text the user wrote (`1.50` stays "1.50", `True`
 * stays "True") rather than a re-serialisation that could change them; `resolveParameters` later turns
 * the values of Boolean parameters into the SDK's "True"/"False".
 */
function parseParameterOverrides(text, source = 'Input "parameters"') {
    if (text.trim() === '')
        return {};
    const doc = parseDocument(text);
    const problem = doc.errors[0];
    if (problem)
        throw new UserError(`${source}: not valid YAML or JSON: ${problem.message.split('\n')[0]}`);
    const contents = doc.contents;
    if (contents === null || (isScalar(contents) && contents.value === null))
        return {};
    if (!isMap(contents)) {
        throw new UserError(`${source}: expected a mapping of parameter name to value (e.g. "MaxDepth: 6"), got ${describe(toJS(doc, source))}`);
    }
    for (const pair of contents.items) {
        const key = isScalar(pair.key) ? pair.key.value : undefined;
        if (typeof key !== 'string' && typeof key !== 'number' && typeof key !== 'boolean') {
            throw new UserError(`${source}: every entry needs a parameter name as its key, got ${describe(key)}`);
        }
    }
    const js = toJS(doc, source);
    // No prototype: a parameter may be called __proto__, constructor or toString.
    const out = Object.create(null);
    for (const pair of contents.items) {
        const key = pair.key.value;
        const name = typeof key === 'string' ? key : (pair.key.source ?? String(key));
        const value = Object.prototype.hasOwnProperty.call(js, String(key)) ? js[String(key)] : undefined;
        if (typeof value === 'string')
            out[name] = value;
        else if (typeof value === 'number' || typeof value === 'boolean') {
            out[name] = isScalar(pair.value) && pair.value.source !== undefined ? pair.value.source : String(value);
        }
        else {
            throw new UserError(`${source}: parameter "${name}" has ${describe(value)}; a value must be a string, number or boolean`);
        }
    }
    return out;
}
/** Resolves aliases; a document that expands too far (an alias bomb) is refused rather than crashing. */
function toJS(doc, source) {
    try {
        return doc.toJS();
    }
    catch (error) {
        throw new UserError(`${source}: cannot be read: ${errorMessage(error)}`, { cause: error });
    }
}
function describe(value) {
    if (Array.isArray(value))
        return 'a list';
    if (value === null || value === undefined)
        return 'no value (null)';
    if (typeof value === 'object')
        return 'a nested mapping';
    return `the ${typeof value} ${JSON.stringify(value)}`;
}
/**
 * The parameter values of the new run (SPEC "parameters"): the definition's defaults plus the
 * overrides, exactly as a plain start would see them; values are never inherited from a reference
 * run, except when resuming one (`selection: failed`), whose values are continued and checked
 * against the declarations that will run. Everything is validated before anything starts.
 *
 * @param resumed the values of the run being resumed (ListPipelineParametersForExecution), if any
 */
function runParameters(graph, overrides, resumed) {
    const send = new Map();
    const warnings = [];
    if (resumed) {
        const dropped = [];
        for (const [name, value] of resumed) {
            const def = graph.parameters.get(name);
            if (!def)
                dropped.push(name);
            else if (!Object.prototype.hasOwnProperty.call(overrides, name)) {
                send.set(name, checkValue(def, value, `The resumed run's value of parameter ${name}`, ' (pass another in the parameters input)'));
            }
        }
        if (dropped.length > 0) {
            warnings.push(`the resumed run's parameters ${dropped.join(', ')} are no longer declared by the pipeline and are not passed`);
        }
    }
    for (const [name, value] of Object.entries(overrides)) {
        const def = graph.parameters.get(name);
        if (!def) {
            const declared = [...graph.parameters.keys()];
            const known = declared.length > 0 ? `its parameters are ${declared.join(', ')}` : 'it declares no parameters';
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Input "parameters": "${clip(name)}" is not a parameter of this pipeline${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .didYouMean */ .au)(name, declared)}; ${known}`);
        }
        send.set(name, checkValue(def, value, 'Input "parameters"', ''));
    }
    const values = new Map();
    for (const [name, def] of graph.parameters) {
        const v = send.get(name) ?? defaultText(def);
        if (v !== undefined)
            values.set(name, v);
    }
    return { send, values, warnings };
}
/** A declared default as the service passes it (Booleans as the SDK writes them). */
function defaultText(def) {
    const v = def.defaultValue;
    if (v === undefined)
        return undefined;
    if (typeof v === 'boolean')
        return v ? 'True' : 'False';
    return String(v);
}
function clip(text, max = 200) {
    return text.length <= max ? text : `${text.slice(0, max)}… (${text.length} characters)`;
}
const INTEGER = /^[+-]?\d+$/;
const FLOAT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const BOOLEAN = /^(true|false)$/i;
/** Validates a value against its declaration; Boolean values become "True"/"False", as the SDK sends them. */
function checkValue(def, value, source, hint) {
    const fail = (accepted) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${source}: ${def.name} is a${def.type === 'Integer' ? 'n' : ''} ${def.type} parameter; "${clip(value)}" is not ${accepted}${hint}`);
    };
    if (def.type === 'Integer' && !INTEGER.test(value.trim()))
        fail('a whole number (e.g. 5)');
    if (def.type === 'Float' && !FLOAT.test(value.trim()))
        fail('a number (e.g. 0.2)');
    if (def.type === 'Boolean') {
        if (!BOOLEAN.test(value.trim()))
            fail('true or false');
        value = value.trim().toLowerCase() === 'true' ? 'True' : 'False';
    }
    if (def.enumValues && !def.enumValues.includes(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${source}: ${def.name} accepts only ${def.enumValues.map(v => JSON.stringify(v)).join(', ')}; got "${clip(value)}"${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .didYouMean */ .au)(value, def.enumValues)}${hint}`);
    }
    return value;
}


/***/ }),

/***/ 5240:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Tt: () => (/* binding */ formatProvenance),
/* harmony export */   X6: () => (/* binding */ parseProvenance),
/* harmony export */   cn: () => (/* binding */ definitionHash),
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   nz: () => (/* binding */ parametersDigest)
/* harmony export */ });
/* unused harmony exports PROVENANCE_PREFIX, displayName, clientRequestToken, planDigest */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

const PROVENANCE_PREFIX = 'sagemaker-selective-execution/v1 ';
const MAX_DESCRIPTION = 3072;
const SHA = /^[0-9a-f]{7,64}$/;
function formatProvenance(p) {
    const text = PROVENANCE_PREFIX + JSON.stringify(p);
    if (text.length <= MAX_DESCRIPTION)
        return text;
    // Only a pathological ref can get here; the commit is what matters, keep it.
    const { ref: _ref, ...rest } = p;
    return PROVENANCE_PREFIX + JSON.stringify(rest);
}
/** The provenance of a description written by this action, or undefined for any other text. */
function parseProvenance(description) {
    if (!description)
        return undefined;
    const at = description.indexOf(PROVENANCE_PREFIX);
    if (at < 0)
        return undefined;
    try {
        const value = JSON.parse(description.slice(at + PROVENANCE_PREFIX.length));
        if (typeof value !== 'object' || value === null)
            return undefined;
        const v = value;
        if (typeof v.sha !== 'string' || !SHA.test(v.sha))
            return undefined;
        const p = { sha: v.sha };
        if (typeof v.ref === 'string')
            p.ref = v.ref;
        if (typeof v.pr === 'number' && Number.isInteger(v.pr))
            p.pr = v.pr;
        if (typeof v.repo === 'string')
            p.repo = v.repo;
        if (typeof v.run === 'string')
            p.run = v.run;
        if (typeof v.def === 'string')
            p.def = v.def;
        if (typeof v.version === 'number' && Number.isInteger(v.version) && v.version > 0)
            p.version = v.version;
        if (typeof v.job === 'string')
            p.job = v.job;
        if (typeof v.inputs === 'string')
            p.inputs = v.inputs;
        if (typeof v.adopted === 'string')
            p.adopted = v.adopted;
        if (typeof v.params === 'string')
            p.params = v.params;
        if (typeof v.approvedBy === 'string')
            p.approvedBy = v.approvedBy;
        if (typeof v.approval === 'string')
            p.approval = v.approval;
        if (typeof v.binding === 'string')
            p.binding = v.binding;
        return p;
    }
    catch {
        return undefined;
    }
}
/**
 * A display name a person can read in the console: `pr-12-abc1234-run-987`, `push-main-abc1234`, …
 * Valid for the service: ≤ 82 characters of `[a-zA-Z0-9-]`, starting and ending alphanumeric.
 */
function displayName(parts) {
    const short = parts.sha.slice(0, 7);
    const words = [];
    if (parts.prefix)
        words.push(parts.prefix);
    if (parts.pr !== undefined)
        words.push(`pr-${parts.pr}`);
    else if (parts.ref)
        words.push(parts.ref.replace(/^refs\/(heads|tags)\//, ''));
    words.push(short);
    if (parts.runId)
        words.push(`run-${parts.runId}`);
    let name = words
        .join('-')
        .replace(/[^a-zA-Z0-9-]+/g, '-')
        .replace(/^-+|-+$/g, '');
    if (name.length > 82) {
        // Keep the distinctive end (sha and run id); trim the branch name in the middle.
        const tail = [short, parts.runId ? `run-${parts.runId}` : ''].filter(Boolean).join('-');
        name = `${name.slice(0, Math.max(1, 81 - tail.length)).replace(/-+$/, '')}-${tail}`.slice(0, 82);
    }
    return name.replace(/^-+|-+$/g, '') || short;
}
/**
 * The idempotency token of a start, from (repository, workflow run, attempt, job, pipeline, the plan's
 * inputs): a retried or re-entered job step gets back the execution it already started, while two
 * action steps with different inputs in one job, or one pipeline in two jobs, never collide. 64 hex
 * characters (the service accepts 32..128).
 */
function clientRequestToken(repository, runId, runAttempt, pipeline, job = '', inputs = '') {
    const parts = [repository, runId, runAttempt, pipeline];
    if (job || inputs)
        parts.push(job, inputs);
    return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}
/** The digest of a run's parameter values (every declared parameter's value), order-independent. */
function parametersDigest(values) {
    return planDigest([...values].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
/** A short digest of what a plan was computed from (any JSON value): equal inputs, equal digest. */
function planDigest(inputs) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(canonicalJson(inputs)).digest('hex').slice(0, 16);
}
/** Short hash of a definition's canonical JSON (keys sorted), so equal definitions hash alike. */
function definitionHash(definition) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(canonicalJson(definition)).digest('hex').slice(0, 16);
}
function canonicalJson(value) {
    if (value instanceof Map)
        return canonicalJson([...value]);
    if (value instanceof Set)
        return canonicalJson([...value]);
    if (Array.isArray(value))
        return `[${value.map(canonicalJson).join(',')}]`;
    if (value && typeof value === 'object') {
        const entries = Object.entries(value)
            .filter(([, v]) => v !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
    }
    return JSON.stringify(value) ?? 'null';
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   au: () => (/* binding */ didYouMean),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   hD: () => (/* binding */ quote),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
/**
 * One way to turn anything thrown into text. A thrown string or object must still fail the step with
 * a readable message, never pass silently or print "[object Object]".
 */
function errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    if (typeof error === 'string')
        return error;
    try {
        return JSON.stringify(error) ?? String(error);
    }
    catch {
        return String(error);
    }
}
/** A value quoted for an error message: JSON-escaped, at most `max` characters, then how long it was. */
function quote(value, max = 200) {
    const text = JSON.stringify(value);
    return text.length <= max
        ? text
        : `${text.slice(0, max)}…" (${value.length.toLocaleString('en-US')} characters)`;
}
/**
 * A problem with what the user gave us (an input, the mapping file, a definition). The message names
 * the offending value and what would be accepted; the action fails before anything is started.
 */
class UserError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = 'UserError';
    }
}
/** Levenshtein-based "did you mean" over a list of known names; empty string when nothing is close. */
function didYouMean(value, known) {
    let best = '';
    let bestDistance = Infinity;
    const lower = value.toLowerCase();
    for (const candidate of known) {
        const d = editDistance(lower, candidate.toLowerCase());
        if (d < bestDistance) {
            bestDistance = d;
            best = candidate;
        }
    }
    const limit = Math.max(2, Math.floor(value.length / 3));
    return best && bestDistance <= limit ? ` (did you mean "${best}"?)` : '';
}
function editDistance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let previous = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const current = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
            previous = current;
        }
    }
    return row[b.length];
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
__webpack_unused_export__ = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
exports.qg = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
var external_node_fs_default = /*#__PURE__*/__nccwpck_require__.n(external_node_fs_);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
// EXTERNAL MODULE: ./src/core/definition.ts + 2 modules
var core_definition = __nccwpck_require__(6925);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __nccwpck_require__(4006);
var picomatch_default = /*#__PURE__*/__nccwpck_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/core/glob-set.ts

const OPTIONS = { dot: true };
/** Characters after which a glob's tail is no longer literal text. */
const SPECIAL = new Set(['*', '?', '[', ']', '{', '}', '(', ')', '!', '+', '@', '\\', '|']);
/**
 * Why a glob from the mapping file cannot be used, in plain words, or undefined when it is fine. picomatch
 * itself never refuses a pattern: an unclosed brace silently becomes a regex that matches nothing, so a typo
 * would quietly stop selecting a step. We refuse those, and paths that cannot name a file of the repository.
 */
function globProblem(glob) {
    const checked = checkGlob(glob);
    return 'problem' in checked ? checked.problem : undefined;
}
/**
 * `globProblem`, keeping the regex it had to compile to find out: hand it to `GlobSet` so that each
 * glob is compiled once.
 */
function checkGlob(glob) {
    const problem = shapeProblem(glob);
    if (problem)
        return { problem };
    try {
        const regex = picomatch_default().makeRe(normalizeGlob(glob), { ...OPTIONS, debug: true });
        return regex.source === '$^' ? { problem: 'is not a valid glob' } : { regex };
    }
    catch (error) {
        return { problem: `is not a valid glob (${error instanceof Error ? error.message : String(error)})` };
    }
}
function shapeProblem(glob) {
    if (glob.trim() === '')
        return 'is empty; give a repo-relative glob such as pipelines/train/**';
    if (glob.startsWith('/') || /^[A-Za-z]:[\\/]/.test(glob) || glob.startsWith('~')) {
        return 'is an absolute path; globs are relative to the repository root (pipelines/x/**, not /pipelines/x/**)';
    }
    if (glob.startsWith('!') && !glob.startsWith('!(')) {
        return ('is a negated glob; a negation would match every other file of the repository, ' +
            'so it is not accepted: list the files you mean, and put exclusions under ignore');
    }
    const segments = normalizeGlob(glob).split('/');
    if (segments.includes('..'))
        return "has a '..' segment; globs cannot reach outside the repository";
    if (segments.length > 1 && segments[segments.length - 1] === '') {
        return "ends with '/', so it can never match a file; write dir/** to match everything under a folder";
    }
    if (segments.includes('') || segments.includes('.')) {
        return "has an empty or '.' path segment; write a normalized repo-relative path";
    }
    return balanceProblem(glob);
}
/** picomatch ignores a leading `./`; so do we, once, before indexing. */
function normalizeGlob(glob) {
    return glob.startsWith('./') ? glob.slice(2) : glob;
}
function balanceProblem(glob) {
    let braces = 0;
    let parens = 0;
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (c === '\\') {
            if (i === glob.length - 1)
                return 'ends with a lone backslash';
            i++;
        }
        else if (c === '[') {
            const close = bracketEnd(glob, i);
            if (close < 0)
                return "has a '[' that is never closed by ']'";
            i = close;
        }
        else if (c === '{')
            braces++;
        else if (c === '}') {
            if (braces === 0)
                return "has a '}' without a matching '{' (write \\} for a literal brace)";
            braces--;
        }
        else if (c === '(')
            parens++;
        else if (c === ')') {
            if (parens === 0)
                return "has a ')' without a matching '(' (write \\) for a literal parenthesis)";
            parens--;
        }
    }
    if (braces > 0)
        return "has a '{' that is never closed by '}'";
    if (parens > 0)
        return "has a '(' that is never closed by ')'";
    return undefined;
}
/** Index of the `]` closing the bracket expression opened at `open`, or -1. */
function bracketEnd(glob, open) {
    let j = open + 1;
    if (glob[j] === '!' || glob[j] === '^')
        j++;
    if (glob[j] === ']')
        j++; // a leading ']' is a literal member
    for (; j < glob.length; j++) {
        const c = glob[j];
        if (c === '\\')
            j++;
        else if (c === '[' && glob[j + 1] === ':') {
            const end = glob.indexOf(':]', j + 2);
            if (end > 0)
                j = end + 1;
        }
        else if (c === ']')
            return j;
    }
    return -1;
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
class GlobSet {
    size;
    slots = [];
    literal = new Map();
    under = new Map();
    based = new Map();
    bySegment = new Map();
    byExtension = new Map();
    always = [];
    /** Per slot, the call that last tested it: a file may repeat a segment (`a/x/x`). */
    visited = new Uint32Array(0);
    call = 0;
    /** @param compiled regexes from `checkGlob`, by glob as written; the others are compiled here */
    constructor(globs, compiled = new Map()) {
        this.size = globs.length;
        const slotOf = new Map();
        globs.forEach((glob, id) => {
            const pattern = normalizeGlob(glob);
            let slot = slotOf.get(pattern);
            if (slot === undefined) {
                slot = this.slots.length;
                slotOf.set(pattern, slot);
                const regex = compiled.get(glob) ?? picomatch_default().makeRe(pattern, OPTIONS);
                this.slots.push({ pattern, regex, ids: [] });
                this.classify(pattern, slot);
            }
            this.slots[slot].ids.push(id);
        });
        this.visited = new Uint32Array(this.slots.length);
    }
    /** True when any glob matches; stops at the first. */
    any(file) {
        return this.collect(file, undefined);
    }
    /**
     * Appends to `out` the positions (in the constructor's list) of every glob matching `file`, in no
     * particular order. The caller owns and clears `out`, so a hot loop allocates nothing.
     */
    matches(file, out) {
        this.collect(file, out);
    }
    /** Position of the first glob in the list that matches, or -1. */
    first(file, scratch = []) {
        scratch.length = 0;
        this.collect(file, scratch);
        let best = -1;
        for (const id of scratch)
            if (best < 0 || id < best)
                best = id;
        scratch.length = 0;
        return best;
    }
    classify(pattern, slot) {
        const scan = picomatch_default().scan(pattern);
        const clean = !pattern.includes('\\');
        if (!scan.isGlob && clean)
            return add(this.literal, pattern, slot);
        if (scan.base !== '' && !scan.base.includes('\\') && scan.prefix === '') {
            return add(scan.glob === '**' ? this.under : this.based, scan.base, slot);
        }
        const segment = literalSegment(pattern);
        if (segment !== undefined)
            return add(this.bySegment, segment, slot);
        const extension = literalExtension(pattern);
        if (extension !== undefined)
            return add(this.byExtension, extension, slot);
        this.always.push(slot);
    }
    /** With `out` undefined, returns at the first match. */
    collect(file, out) {
        if (this.literal.size > 0 && this.emit(this.literal.get(file), out))
            return true;
        if (this.under.size > 0 || this.based.size > 0) {
            let slash = file.indexOf('/');
            for (;;) {
                const prefix = slash < 0 ? file : file.slice(0, slash);
                if (this.emit(this.under.get(prefix), out))
                    return true;
                if (this.test(this.based.get(prefix), file, out))
                    return true;
                if (slash < 0)
                    break;
                slash = file.indexOf('/', slash + 1);
            }
        }
        if (this.bySegment.size > 0) {
            this.call = (this.call + 1) >>> 0 || 1;
            const call = this.call;
            let start = 0;
            for (;;) {
                const end = file.indexOf('/', start);
                const slots = this.bySegment.get(end < 0 ? file.slice(start) : file.slice(start, end));
                if (slots && this.test(slots, file, out, call))
                    return true;
                if (end < 0)
                    break;
                start = end + 1;
            }
        }
        if (this.byExtension.size > 0) {
            const dot = file.lastIndexOf('.');
            if (dot > file.lastIndexOf('/') && this.test(this.byExtension.get(file.slice(dot + 1)), file, out))
                return true;
        }
        return this.test(this.always, file, out);
    }
    emit(slots, out) {
        if (slots === undefined)
            return false;
        if (out === undefined)
            return true;
        for (const s of slots)
            for (const id of this.slots[s].ids)
                out.push(id);
        return false;
    }
    test(slots, file, out, call = 0) {
        if (slots === undefined)
            return false;
        for (const s of slots) {
            if (call !== 0) {
                if (this.visited[s] === call)
                    continue;
                this.visited[s] = call;
            }
            const slot = this.slots[s];
            // picomatch's own matcher also accepts a file spelled exactly like the pattern.
            if (file === slot.pattern || slot.regex.test(file)) {
                if (out === undefined)
                    return true;
                for (const id of slot.ids)
                    out.push(id);
            }
        }
        return false;
    }
}
function add(index, key, slot) {
    const list = index.get(key);
    if (list)
        list.push(slot);
    else
        index.set(key, [slot]);
}
/**
 * The longest path segment of the glob that is plain text outside any brace, bracket or extglob group
 * (`**\/build/**` → `build`): every matching file has a segment spelled exactly so. Undefined when none.
 */
function literalSegment(pattern) {
    if (pattern.includes('\\'))
        return undefined;
    let best;
    let depth = 0;
    let start = 0;
    let literal = true;
    for (let i = 0; i <= pattern.length; i++) {
        const c = pattern[i];
        if (i === pattern.length || (c === '/' && depth === 0)) {
            const segment = pattern.slice(start, i);
            if (literal && segment !== '' && (best === undefined || segment.length > best.length))
                best = segment;
            start = i + 1;
            literal = true;
            continue;
        }
        if (SPECIAL.has(c))
            literal = false;
        if (c === '[') {
            const close = bracketEnd(pattern, i);
            if (close > 0)
                i = close;
        }
        else if (c === '{' || c === '(')
            depth++;
        else if (c === '}' || c === ')')
            depth--;
    }
    return best;
}
/**
 * The extension every matching file must have, when the glob's file name ends in literal text with a
 * dot (`**\/*.md` → `md`); undefined otherwise.
 */
function literalExtension(pattern) {
    let start = pattern.length;
    while (start > 0 && !SPECIAL.has(pattern[start - 1]))
        start--;
    const tail = pattern.slice(start);
    const name = tail.slice(tail.lastIndexOf('/') + 1);
    const dot = name.lastIndexOf('.');
    return dot < 0 ? undefined : name.slice(dot + 1);
}

;// CONCATENATED MODULE: ./src/core/mapping-check.ts


/** Step types whose whole behaviour is in the definition: nothing in the repository could map to them. */
const NO_CODE = new Set(['Condition', 'Fail']);
/** How many unmapped files a warning lists by name. */
const UNMAPPED_SHOWN = 10;
/** The globs of one pipeline entry of the mapping file as parsed YAML (`pipelines.<name>`). */
function rawPipelineMapping(entry) {
    const list = (value) => value === undefined ? [] : typeof value === 'string' ? [value] : [...value];
    return {
        steps: new Map(Object.entries(entry.steps ?? {}).map(([step, globs]) => [step, list(globs)])),
        allSteps: list(entry['all-steps']),
        ignore: list(entry.ignore)
    };
}
/**
 * Checks a mapping against the definition's steps and the repository's files. Pure: the caller lists the
 * files. Problems come errors first, then warnings in the order of the mapping file, then unmapped steps
 * in topological order, then the unmapped files.
 */
function checkMapping(input) {
    const { mapping, graph } = input;
    const errors = [];
    const warnings = [];
    for (const step of mapping.steps.keys()) {
        if (graph.has(step))
            continue;
        errors.push({
            severity: 'error',
            kind: 'unknown-step',
            step,
            message: `${where('steps', step)} names no step of the definition${(0,src_errors/* didYouMean */.au)(step, graph.steps.keys())}`
        });
    }
    const entries = [];
    const compiled = new Map();
    const add = (list, globs, step) => {
        for (const glob of globs) {
            const checked = checkGlob(glob);
            if ('problem' in checked) {
                errors.push({
                    severity: 'error',
                    kind: 'malformed-glob',
                    ...(step === undefined ? {} : { step }),
                    list,
                    glob,
                    message: `${where(list, step)}: ${shown(glob)} ${checked.problem}`
                });
            }
            else {
                compiled.set(glob, checked.regex);
                entries.push({ list, ...(step === undefined ? {} : { step }), glob, hits: 0, live: 0 });
            }
        }
    };
    for (const [step, globs] of mapping.steps)
        add('steps', globs, step);
    add('all-steps', mapping.allSteps);
    add('ignore', mapping.ignore);
    const files = input.files.map(f => (f.startsWith('./') ? f.slice(2) : f)).filter(f => f !== '');
    const set = new GlobSet(entries.map(e => e.glob), compiled);
    const unmapped = [];
    const found = [];
    for (const file of files) {
        found.length = 0;
        set.matches(file, found);
        const ignored = found.some(id => entries[id].list === 'ignore');
        let selects = false;
        for (const id of found) {
            const entry = entries[id];
            entry.hits++;
            if (!ignored)
                entry.live++;
            if (entry.list !== 'ignore')
                selects = true;
        }
        if (!ignored && !selects && file !== input.mappingFile)
            unmapped.push(file);
    }
    if (files.length === 0) {
        warnings.push({
            severity: 'warning',
            kind: 'no-files',
            message: 'the repository has no files to check the globs against'
        });
    }
    else {
        let repo;
        for (const entry of entries) {
            const at = where(entry.list, entry.step);
            const base = { severity: 'warning', list: entry.list, glob: entry.glob };
            const step = entry.step === undefined ? {} : { step: entry.step };
            if (entry.hits === 0) {
                warnings.push({
                    ...base,
                    ...step,
                    kind: 'glob-matches-nothing',
                    message: `${at}: ${shown(entry.glob)} matches no file of the repository${nothingHint(entry.glob, (repo ??= new RepoIndex(files)))}`
                });
            }
            else if (entry.live === 0 && entry.list !== 'ignore') {
                warnings.push({
                    ...base,
                    ...step,
                    kind: 'glob-only-ignored',
                    message: `${at}: every file ${shown(entry.glob)} matches is also ignored, so it never selects anything`
                });
            }
        }
    }
    for (const step of graph.topologicalOrder()) {
        if (mapping.steps.has(step) || NO_CODE.has(graph.step(step).type))
            continue;
        warnings.push({
            severity: 'warning',
            kind: 'step-unmapped',
            step,
            message: `step ${step} (${graph.step(step).type}) is mapped to no file: only a change to its definition, ` +
                'a parameter it reads or an upstream step selects it'
        });
    }
    if (unmapped.length > 0) {
        unmapped.sort();
        const first = unmapped.slice(0, UNMAPPED_SHOWN);
        const more = unmapped.length > first.length ? `, … (${unmapped.length - first.length} more)` : '';
        const [files, it] = unmapped.length === 1 ? ['1 file is', 'it'] : [`${unmapped.length} files are`, 'them'];
        warnings.push({
            severity: 'warning',
            kind: 'files-unmapped',
            files: { count: unmapped.length, first },
            message: `${files} matched by no step and not ignored (a change to ${it} selects nothing): ` +
                `${first.map(shown).join(', ')}${more}; map ${it} to a step, or list ${it} under ignore`
        });
    }
    // didYouMean quotes repository paths as they are: one last pass keeps every message printable.
    return [...errors, ...warnings].map(p => ({ ...p, message: p.message.replace(INVISIBLE, '\ufffd') }));
}
/** The entry as the mapping file spells it: `steps.Abalone-Train`, `all-steps`, `ignore`. */
function where(list, step) {
    if (list !== 'steps')
        return list;
    return /^[A-Za-z0-9_-]{1,64}$/.test(step ?? '') ? `steps.${step}` : `steps[${shown(step ?? '')}]`;
}
const GLOB_SYNTAX = /[*?[\]{}()!+@\\]/;
/** The repository's paths indexed for the hints, built once and only when some glob matches nothing. */
class RepoIndex {
    /** Folder ('' for the root) → the paths of its files and sub-folders. */
    children = new Map();
    /** Lower-cased path of every file and folder → the path as spelled. */
    byLower = new Map();
    /** File name → its paths. */
    byName = new Map();
    constructor(files) {
        for (const file of files) {
            const name = file.slice(file.lastIndexOf('/') + 1);
            push(this.byName, name, file);
            let path = file;
            while (!this.byLower.has(path.toLowerCase())) {
                this.byLower.set(path.toLowerCase(), path);
                const slash = path.lastIndexOf('/');
                const parent = slash < 0 ? '' : path.slice(0, slash);
                push(this.children, parent, path);
                if (slash < 0)
                    break;
                path = parent;
            }
        }
    }
    isFolder(path) {
        return this.children.has(path);
    }
}
function push(index, key, value) {
    const list = index.get(key);
    if (list)
        list.push(value);
    else
        index.set(key, [value]);
}
/**
 * The likely slip behind a glob that matches nothing: a folder written without `/**`, `dir/*` where the
 * files sit deeper, a difference in case, a file that lives elsewhere, a typo in the last segment.
 */
function nothingHint(glob, repo) {
    const path = glob.startsWith('./') ? glob.slice(2) : glob;
    if (!GLOB_SYNTAX.test(path)) {
        if (repo.isFolder(path)) {
            return `; it is a directory, and a glob matches files, not folders: write ${shown(`${path}/**`)} to match everything under it`;
        }
        const sameButCase = repo.byLower.get(path.toLowerCase());
        if (sameButCase !== undefined) {
            return `; globs are case-sensitive, and the repository has ${shown(sameButCase)}`;
        }
        const name = path.slice(path.lastIndexOf('/') + 1);
        const elsewhere = (repo.byName.get(name) ?? []).slice(0, 3);
        if (elsewhere.length > 0)
            return `; a file of that name is at ${elsewhere.map(shown).join(', ')}`;
        const slash = path.lastIndexOf('/');
        const siblings = repo.children.get(slash < 0 ? '' : path.slice(0, slash)) ?? [];
        const hint = (0,src_errors/* didYouMean */.au)(path, siblings);
        return hint ? `;${hint.replace(/^ \((.*)\)$/, ' $1')}` : '';
    }
    const dir = path.endsWith('/*') ? path.slice(0, -2) : '';
    if (dir !== '' && !GLOB_SYNTAX.test(dir) && repo.isFolder(dir)) {
        return `; a single * stops at the folder, and the files of ${shown(dir)} sit deeper: write ${shown(`${dir}/**`)}`;
    }
    return '';
}
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;
const MAX_SHOWN = 160;
/** A name from the mapping or the repository, quoted, one line, capped, without control characters. */
function shown(value) {
    let text = value.replace(INVISIBLE, '\ufffd');
    if (text.length > MAX_SHOWN) {
        const tail = Math.floor((MAX_SHOWN - 1) / 2);
        text = `${text.slice(0, MAX_SHOWN - 1 - tail)}…${text.slice(text.length - tail)}`;
    }
    return `"${text}"`;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./src/core/mapping-schema-validator.generated.js
// Generated by scripts/build-schema-validator.mjs from schema/sagemaker-pipelines.schema.json
// with Ajv 8.20.0 standalone code (MIT License, Copyright (c) 2015-2021 Evgeny Poberezkin).
// Do not edit: change the schema, then run `npm run build:schema`.

const validate = (/* unused pure expression or super */ null && (validate10))
/* harmony default export */ const mapping_schema_validator_generated = (validate10);
const schema11 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'sagemaker-selective-execution mapping file',
  description:
    'Maps repository files to Amazon SageMaker Pipelines steps (.github/sagemaker-pipelines.yml). A changed file selects the steps whose globs it matches; their downstream closure runs, everything upstream is reused from a reference run.',
  type: 'object',
  additionalProperties: false,
  required: ['pipelines'],
  properties: {
    pipelines: {
      description: 'SageMaker pipeline name -> how its steps map to files.',
      type: 'object',
      minProperties: 1,
      propertyNames: { pattern: '^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,255}$' },
      additionalProperties: { $ref: '#/definitions/pipeline' }
    }
  },
  definitions: {
    glob: {
      description:
        'A repo-relative picomatch glob (`**`, `*`, `{a,b}`, dotfiles matched), e.g. pipelines/abalone/train/**. No leading /, no .. segments.',
      type: 'string',
      minLength: 1
    },
    globs: {
      description: 'One glob, or a non-empty list of globs (any of them matching is enough).',
      type: ['string', 'array'],
      minLength: 1,
      minItems: 1,
      items: { $ref: '#/definitions/glob' }
    },
    pipeline: {
      type: 'object',
      additionalProperties: false,
      properties: {
        steps: {
          description:
            'Step name (as in the pipeline definition, Condition branches included) -> glob or list of globs.',
          type: 'object',
          propertyNames: { pattern: '^[A-Za-z0-9\\-_]{1,64}$' },
          additionalProperties: { $ref: '#/definitions/globs' }
        },
        'all-steps': {
          description:
            'A changed file matching one of these globs selects every step (e.g. the file that builds the pipeline).',
          $ref: '#/definitions/globs'
        },
        ignore: {
          description:
            'A changed file matching one of these globs selects nothing, whatever else it matches.',
          $ref: '#/definitions/globs'
        },
        coverage: {
          description:
            'For `selection: coverage`: step name -> the pipeline parameters that make its Condition branch run.',
          type: 'object',
          propertyNames: { pattern: '^[A-Za-z0-9\\-_]{1,64}$' },
          additionalProperties: {
            type: 'object',
            additionalProperties: false,
            required: ['parameters'],
            properties: {
              parameters: {
                description: 'Pipeline parameter name -> value (scalars; sent as strings).',
                type: 'object',
                minProperties: 1,
                additionalProperties: { type: ['string', 'number', 'boolean'] }
              }
            }
          }
        }
      }
    }
  }
}
const pattern0 = new RegExp('^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,255}$', 'u')
const schema12 = {
  type: 'object',
  additionalProperties: false,
  properties: {
    steps: {
      description:
        'Step name (as in the pipeline definition, Condition branches included) -> glob or list of globs.',
      type: 'object',
      propertyNames: { pattern: '^[A-Za-z0-9\\-_]{1,64}$' },
      additionalProperties: { $ref: '#/definitions/globs' }
    },
    'all-steps': {
      description:
        'A changed file matching one of these globs selects every step (e.g. the file that builds the pipeline).',
      $ref: '#/definitions/globs'
    },
    ignore: {
      description: 'A changed file matching one of these globs selects nothing, whatever else it matches.',
      $ref: '#/definitions/globs'
    },
    coverage: {
      description:
        'For `selection: coverage`: step name -> the pipeline parameters that make its Condition branch run.',
      type: 'object',
      propertyNames: { pattern: '^[A-Za-z0-9\\-_]{1,64}$' },
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        required: ['parameters'],
        properties: {
          parameters: {
            description: 'Pipeline parameter name -> value (scalars; sent as strings).',
            type: 'object',
            minProperties: 1,
            additionalProperties: { type: ['string', 'number', 'boolean'] }
          }
        }
      }
    }
  }
}
const pattern1 = new RegExp('^[A-Za-z0-9\\-_]{1,64}$', 'u')
const schema13 = {
  description: 'One glob, or a non-empty list of globs (any of them matching is enough).',
  type: ['string', 'array'],
  minLength: 1,
  minItems: 1,
  items: { $ref: '#/definitions/glob' }
}
const schema14 = {
  description:
    'A repo-relative picomatch glob (`**`, `*`, `{a,b}`, dotfiles matched), e.g. pipelines/abalone/train/**. No leading /, no .. segments.',
  type: 'string',
  minLength: 1
}
const func2 = /* ajv 8.20.0 dist/runtime/ucs2length */ function ucs2length(str) {
  const len = str.length
  let length = 0
  let pos = 0
  let value
  while (pos < len) {
    length++
    value = str.charCodeAt(pos++)
    if (value >= 0xd800 && value <= 0xdbff && pos < len) {
      // high surrogate, and there is a next character
      value = str.charCodeAt(pos)
      if ((value & 0xfc00) === 0xdc00) pos++ // low surrogate
    }
  }
  return length
}
function validate12(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null
  let errors = 0
  if (typeof data !== 'string' && !Array.isArray(data)) {
    const err0 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: schema13.type },
      message: 'must be string,array',
      schema: schema13.type,
      parentSchema: schema13,
      data
    }
    if (vErrors === null) {
      vErrors = [err0]
    } else {
      vErrors.push(err0)
    }
    errors++
  }
  if (typeof data === 'string') {
    if (func2(data) < 1) {
      const err1 = {
        instancePath,
        schemaPath: '#/minLength',
        keyword: 'minLength',
        params: { limit: 1 },
        message: 'must NOT have fewer than 1 characters',
        schema: 1,
        parentSchema: schema13,
        data
      }
      if (vErrors === null) {
        vErrors = [err1]
      } else {
        vErrors.push(err1)
      }
      errors++
    }
  }
  if (Array.isArray(data)) {
    if (data.length < 1) {
      const err2 = {
        instancePath,
        schemaPath: '#/minItems',
        keyword: 'minItems',
        params: { limit: 1 },
        message: 'must NOT have fewer than 1 items',
        schema: 1,
        parentSchema: schema13,
        data
      }
      if (vErrors === null) {
        vErrors = [err2]
      } else {
        vErrors.push(err2)
      }
      errors++
    }
    const len0 = data.length
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0]
      if (typeof data0 === 'string') {
        if (func2(data0) < 1) {
          const err3 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/definitions/glob/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
            schema: 1,
            parentSchema: schema14,
            data: data0
          }
          if (vErrors === null) {
            vErrors = [err3]
          } else {
            vErrors.push(err3)
          }
          errors++
        }
      } else {
        const err4 = {
          instancePath: instancePath + '/' + i0,
          schemaPath: '#/definitions/glob/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema14.type,
          parentSchema: schema14,
          data: data0
        }
        if (vErrors === null) {
          vErrors = [err4]
        } else {
          vErrors.push(err4)
        }
        errors++
      }
    }
  }
  validate12.errors = vErrors
  return errors === 0
}
function validate11(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null
  let errors = 0
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === 'steps' || key0 === 'all-steps' || key0 === 'ignore' || key0 === 'coverage')) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema12,
          data
        }
        if (vErrors === null) {
          vErrors = [err0]
        } else {
          vErrors.push(err0)
        }
        errors++
      }
    }
    if (data.steps !== undefined) {
      let data0 = data.steps
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        for (const key1 in data0) {
          const _errs4 = errors
          if (typeof key1 === 'string') {
            if (!pattern1.test(key1)) {
              const err1 = {
                instancePath: instancePath + '/steps',
                schemaPath: '#/properties/steps/propertyNames/pattern',
                keyword: 'pattern',
                params: { pattern: '^[A-Za-z0-9\\-_]{1,64}$' },
                message: 'must match pattern "' + '^[A-Za-z0-9\\-_]{1,64}$' + '"',
                schema: '^[A-Za-z0-9\\-_]{1,64}$',
                parentSchema: schema12.properties.steps.propertyNames,
                data: key1,
                propertyName: key1
              }
              if (vErrors === null) {
                vErrors = [err1]
              } else {
                vErrors.push(err1)
              }
              errors++
            }
          }
          var valid1 = _errs4 === errors
          if (!valid1) {
            const err2 = {
              instancePath: instancePath + '/steps',
              schemaPath: '#/properties/steps/propertyNames',
              keyword: 'propertyNames',
              params: { propertyName: key1 },
              message: 'property name must be valid',
              schema: schema12.properties.steps.propertyNames,
              parentSchema: schema12.properties.steps,
              data: data0
            }
            if (vErrors === null) {
              vErrors = [err2]
            } else {
              vErrors.push(err2)
            }
            errors++
          }
        }
        for (const key2 in data0) {
          if (
            !validate12(data0[key2], {
              instancePath: instancePath + '/steps/' + key2.replace(/~/g, '~0').replace(/\//g, '~1'),
              parentData: data0,
              parentDataProperty: key2,
              rootData
            })
          ) {
            vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors)
            errors = vErrors.length
          }
        }
      } else {
        const err3 = {
          instancePath: instancePath + '/steps',
          schemaPath: '#/properties/steps/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema12.properties.steps.type,
          parentSchema: schema12.properties.steps,
          data: data0
        }
        if (vErrors === null) {
          vErrors = [err3]
        } else {
          vErrors.push(err3)
        }
        errors++
      }
    }
    if (data['all-steps'] !== undefined) {
      if (
        !validate12(data['all-steps'], {
          instancePath: instancePath + '/all-steps',
          parentData: data,
          parentDataProperty: 'all-steps',
          rootData
        })
      ) {
        vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors)
        errors = vErrors.length
      }
    }
    if (data.ignore !== undefined) {
      if (
        !validate12(data.ignore, {
          instancePath: instancePath + '/ignore',
          parentData: data,
          parentDataProperty: 'ignore',
          rootData
        })
      ) {
        vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors)
        errors = vErrors.length
      }
    }
    if (data.coverage !== undefined) {
      let data4 = data.coverage
      if (data4 && typeof data4 == 'object' && !Array.isArray(data4)) {
        for (const key3 in data4) {
          const _errs11 = errors
          if (typeof key3 === 'string') {
            if (!pattern1.test(key3)) {
              const err4 = {
                instancePath: instancePath + '/coverage',
                schemaPath: '#/properties/coverage/propertyNames/pattern',
                keyword: 'pattern',
                params: { pattern: '^[A-Za-z0-9\\-_]{1,64}$' },
                message: 'must match pattern "' + '^[A-Za-z0-9\\-_]{1,64}$' + '"',
                schema: '^[A-Za-z0-9\\-_]{1,64}$',
                parentSchema: schema12.properties.coverage.propertyNames,
                data: key3,
                propertyName: key3
              }
              if (vErrors === null) {
                vErrors = [err4]
              } else {
                vErrors.push(err4)
              }
              errors++
            }
          }
          var valid3 = _errs11 === errors
          if (!valid3) {
            const err5 = {
              instancePath: instancePath + '/coverage',
              schemaPath: '#/properties/coverage/propertyNames',
              keyword: 'propertyNames',
              params: { propertyName: key3 },
              message: 'property name must be valid',
              schema: schema12.properties.coverage.propertyNames,
              parentSchema: schema12.properties.coverage,
              data: data4
            }
            if (vErrors === null) {
              vErrors = [err5]
            } else {
              vErrors.push(err5)
            }
            errors++
          }
        }
        for (const key4 in data4) {
          let data5 = data4[key4]
          if (data5 && typeof data5 == 'object' && !Array.isArray(data5)) {
            if (data5.parameters === undefined) {
              const err6 = {
                instancePath: instancePath + '/coverage/' + key4.replace(/~/g, '~0').replace(/\//g, '~1'),
                schemaPath: '#/properties/coverage/additionalProperties/required',
                keyword: 'required',
                params: { missingProperty: 'parameters' },
                message: "must have required property '" + 'parameters' + "'",
                schema: schema12.properties.coverage.additionalProperties.required,
                parentSchema: schema12.properties.coverage.additionalProperties,
                data: data5
              }
              if (vErrors === null) {
                vErrors = [err6]
              } else {
                vErrors.push(err6)
              }
              errors++
            }
            for (const key5 in data5) {
              if (!(key5 === 'parameters')) {
                const err7 = {
                  instancePath: instancePath + '/coverage/' + key4.replace(/~/g, '~0').replace(/\//g, '~1'),
                  schemaPath: '#/properties/coverage/additionalProperties/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key5 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema12.properties.coverage.additionalProperties,
                  data: data5
                }
                if (vErrors === null) {
                  vErrors = [err7]
                } else {
                  vErrors.push(err7)
                }
                errors++
              }
            }
            if (data5.parameters !== undefined) {
              let data6 = data5.parameters
              if (data6 && typeof data6 == 'object' && !Array.isArray(data6)) {
                if (Object.keys(data6).length < 1) {
                  const err8 = {
                    instancePath:
                      instancePath +
                      '/coverage/' +
                      key4.replace(/~/g, '~0').replace(/\//g, '~1') +
                      '/parameters',
                    schemaPath:
                      '#/properties/coverage/additionalProperties/properties/parameters/minProperties',
                    keyword: 'minProperties',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 properties',
                    schema: 1,
                    parentSchema: schema12.properties.coverage.additionalProperties.properties.parameters,
                    data: data6
                  }
                  if (vErrors === null) {
                    vErrors = [err8]
                  } else {
                    vErrors.push(err8)
                  }
                  errors++
                }
                for (const key6 in data6) {
                  let data7 = data6[key6]
                  if (
                    typeof data7 !== 'string' &&
                    !(typeof data7 == 'number' && isFinite(data7)) &&
                    typeof data7 !== 'boolean'
                  ) {
                    const err9 = {
                      instancePath:
                        instancePath +
                        '/coverage/' +
                        key4.replace(/~/g, '~0').replace(/\//g, '~1') +
                        '/parameters/' +
                        key6.replace(/~/g, '~0').replace(/\//g, '~1'),
                      schemaPath:
                        '#/properties/coverage/additionalProperties/properties/parameters/additionalProperties/type',
                      keyword: 'type',
                      params: {
                        type: schema12.properties.coverage.additionalProperties.properties.parameters
                          .additionalProperties.type
                      },
                      message: 'must be string,number,boolean',
                      schema:
                        schema12.properties.coverage.additionalProperties.properties.parameters
                          .additionalProperties.type,
                      parentSchema:
                        schema12.properties.coverage.additionalProperties.properties.parameters
                          .additionalProperties,
                      data: data7
                    }
                    if (vErrors === null) {
                      vErrors = [err9]
                    } else {
                      vErrors.push(err9)
                    }
                    errors++
                  }
                }
              } else {
                const err10 = {
                  instancePath:
                    instancePath +
                    '/coverage/' +
                    key4.replace(/~/g, '~0').replace(/\//g, '~1') +
                    '/parameters',
                  schemaPath: '#/properties/coverage/additionalProperties/properties/parameters/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                  schema: schema12.properties.coverage.additionalProperties.properties.parameters.type,
                  parentSchema: schema12.properties.coverage.additionalProperties.properties.parameters,
                  data: data6
                }
                if (vErrors === null) {
                  vErrors = [err10]
                } else {
                  vErrors.push(err10)
                }
                errors++
              }
            }
          } else {
            const err11 = {
              instancePath: instancePath + '/coverage/' + key4.replace(/~/g, '~0').replace(/\//g, '~1'),
              schemaPath: '#/properties/coverage/additionalProperties/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema12.properties.coverage.additionalProperties.type,
              parentSchema: schema12.properties.coverage.additionalProperties,
              data: data5
            }
            if (vErrors === null) {
              vErrors = [err11]
            } else {
              vErrors.push(err11)
            }
            errors++
          }
        }
      } else {
        const err12 = {
          instancePath: instancePath + '/coverage',
          schemaPath: '#/properties/coverage/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema12.properties.coverage.type,
          parentSchema: schema12.properties.coverage,
          data: data4
        }
        if (vErrors === null) {
          vErrors = [err12]
        } else {
          vErrors.push(err12)
        }
        errors++
      }
    }
  } else {
    const err13 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema12.type,
      parentSchema: schema12,
      data
    }
    if (vErrors === null) {
      vErrors = [err13]
    } else {
      vErrors.push(err13)
    }
    errors++
  }
  validate11.errors = vErrors
  return errors === 0
}
function validate10(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null
  let errors = 0
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.pipelines === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'pipelines' },
        message: "must have required property '" + 'pipelines' + "'",
        schema: schema11.required,
        parentSchema: schema11,
        data
      }
      if (vErrors === null) {
        vErrors = [err0]
      } else {
        vErrors.push(err0)
      }
      errors++
    }
    for (const key0 in data) {
      if (!(key0 === 'pipelines')) {
        const err1 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema11,
          data
        }
        if (vErrors === null) {
          vErrors = [err1]
        } else {
          vErrors.push(err1)
        }
        errors++
      }
    }
    if (data.pipelines !== undefined) {
      let data0 = data.pipelines
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (Object.keys(data0).length < 1) {
          const err2 = {
            instancePath: instancePath + '/pipelines',
            schemaPath: '#/properties/pipelines/minProperties',
            keyword: 'minProperties',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 properties',
            schema: 1,
            parentSchema: schema11.properties.pipelines,
            data: data0
          }
          if (vErrors === null) {
            vErrors = [err2]
          } else {
            vErrors.push(err2)
          }
          errors++
        }
        for (const key1 in data0) {
          const _errs4 = errors
          if (typeof key1 === 'string') {
            if (!pattern0.test(key1)) {
              const err3 = {
                instancePath: instancePath + '/pipelines',
                schemaPath: '#/properties/pipelines/propertyNames/pattern',
                keyword: 'pattern',
                params: { pattern: '^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,255}$' },
                message: 'must match pattern "' + '^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,255}$' + '"',
                schema: '^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,255}$',
                parentSchema: schema11.properties.pipelines.propertyNames,
                data: key1,
                propertyName: key1
              }
              if (vErrors === null) {
                vErrors = [err3]
              } else {
                vErrors.push(err3)
              }
              errors++
            }
          }
          var valid1 = _errs4 === errors
          if (!valid1) {
            const err4 = {
              instancePath: instancePath + '/pipelines',
              schemaPath: '#/properties/pipelines/propertyNames',
              keyword: 'propertyNames',
              params: { propertyName: key1 },
              message: 'property name must be valid',
              schema: schema11.properties.pipelines.propertyNames,
              parentSchema: schema11.properties.pipelines,
              data: data0
            }
            if (vErrors === null) {
              vErrors = [err4]
            } else {
              vErrors.push(err4)
            }
            errors++
          }
        }
        for (const key2 in data0) {
          if (
            !validate11(data0[key2], {
              instancePath: instancePath + '/pipelines/' + key2.replace(/~/g, '~0').replace(/\//g, '~1'),
              parentData: data0,
              parentDataProperty: key2,
              rootData
            })
          ) {
            vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors)
            errors = vErrors.length
          }
        }
      } else {
        const err5 = {
          instancePath: instancePath + '/pipelines',
          schemaPath: '#/properties/pipelines/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema11.properties.pipelines.type,
          parentSchema: schema11.properties.pipelines,
          data: data0
        }
        if (vErrors === null) {
          vErrors = [err5]
        } else {
          vErrors.push(err5)
        }
        errors++
      }
    }
  } else {
    const err6 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema11.type,
      parentSchema: schema11,
      data
    }
    if (vErrors === null) {
      vErrors = [err6]
    } else {
      vErrors.push(err6)
    }
    errors++
  }
  validate10.errors = vErrors
  return errors === 0
}

;// CONCATENATED MODULE: ./src/core/mapping-problems.ts




/**
 * Checks the parsed mapping file against the JSON Schema that ships with the action (so editors and the
 * action agree on what is valid) and reports each violation as a sentence about the entry. The schema is
 * compiled at build time (scripts/build-schema-validator.mjs): compiling it here cost ~100 ms of start-up.
 */
function checkSchema(data, problems) {
    if (!mapping_schema_validator_generated(data))
        for (const e of mapping_schema_validator_generated.errors ?? [])
            translate(e, data, problems);
}
/** Turns one ajv error into a sentence about the entry, not about the schema. */
function translate(error, data, problems) {
    if (error.propertyName !== undefined)
        return; // reported by its `propertyNames` error
    const path = pointerToPath(error.instancePath, data);
    const params = error.params;
    switch (error.keyword) {
        case 'additionalProperties': {
            const key = String(params.additionalProperty);
            const accepted = Object.keys(error.parentSchema.properties ?? {});
            const where = path.length === 0 ? 'the top level accepts' : 'a pipeline accepts';
            problems.add([...path, key], `is not a known key${(0,src_errors/* didYouMean */.au)(key, accepted)}; ${where} ${accepted.join(', ')}`, true);
            return;
        }
        case 'propertyNames': {
            const key = String(params.propertyName);
            const what = path[path.length - 1] === 'pipelines'
                ? 'is not a valid SageMaker pipeline name (letters, digits and hyphens, starting with a letter or digit)'
                : 'is not a valid step name (1-64 characters of A-Z, a-z, 0-9, - and _)';
            problems.add([...path, key], what, true);
            return;
        }
        case 'required': {
            const missing = String(params.missingProperty);
            problems.add(path, missing === 'pipelines'
                ? 'has no top-level "pipelines:" mapping of pipeline name to steps'
                : `needs "${missing}:" (a mapping of parameter name to value)`);
            return;
        }
        case 'type':
            problems.add(path, `must be ${expected(params.type)}, but is ${describe(error.data)}`);
            return;
        case 'minLength':
            problems.add(path, 'is an empty string; give a repo-relative glob such as pipelines/train/**');
            return;
        case 'minItems':
            problems.add(path, 'is an empty list; give at least one glob, or remove the key');
            return;
        case 'minProperties':
            problems.add(path, 'is empty; give at least one entry, or remove the key');
            return;
        default:
            problems.add(path, error.message ?? `is invalid (${error.keyword})`);
    }
}
function expected(type) {
    const types = Array.isArray(type) ? type.join(',') : String(type);
    switch (types) {
        case 'object':
            return 'a mapping';
        case 'string':
            return 'a string';
        case 'string,array':
            return 'a glob or a list of globs';
        case 'string,number,boolean':
            return 'a string, number or boolean';
        default:
            return `of type ${types}`;
    }
}
function describe(value) {
    if (value === null || value === undefined)
        return 'empty';
    if (Array.isArray(value))
        return 'a list';
    if ((0,core_definition/* isObject */.Gv)(value))
        return 'a mapping';
    return `the ${typeof value} ${JSON.stringify(value)}`;
}
/** JSON pointer → path whose array steps are numbers, for `pipelines.P.steps.S[1]`. */
function pointerToPath(pointer, data) {
    if (pointer === '')
        return [];
    const path = [];
    let current = data;
    for (const raw of pointer.slice(1).split('/')) {
        const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
        if (Array.isArray(current)) {
            path.push(Number(segment));
            current = current[Number(segment)];
        }
        else {
            path.push(segment);
            current = (0,core_definition/* isObject */.Gv)(current) ? current[segment] : undefined;
        }
    }
    return path;
}
/** Collects problems so the user sees all of them in one run, each with its entry path and position. */
class Problems {
    source;
    doc;
    counter;
    lines = [];
    constructor(source, doc, counter) {
        this.source = source;
        this.doc = doc;
        this.counter = counter;
    }
    add(path, problem, atKey = false) {
        const line = `${this.source}${this.position(path, atKey)}: ${entryName(path)} ${problem}`;
        if (!this.lines.includes(line))
            this.lines.push(line);
    }
    throwIfAny() {
        if (this.lines.length === 0)
            return;
        const message = this.lines.length === 1
            ? this.lines[0]
            : `${this.source}: ${this.lines.length} problems in the mapping file:\n${this.lines.map(l => `  ${l}`).join('\n')}`;
        this.lines.length = 0;
        throw new src_errors/* UserError */.yo(message);
    }
    position(path, atKey) {
        let node = this.doc.contents;
        for (let i = 0; i < path.length; i++) {
            const segment = path[i];
            if ((0,dist/* isMap */.jh)(node)) {
                const pair = node.items.find(p => (0,dist/* isScalar */.jn)(p.key) && String(p.key.value) === String(segment));
                if (!pair)
                    break;
                node = atKey && i === path.length - 1 ? pair.key : pair.value;
            }
            else if ((0,dist/* isSeq */.oP)(node) && typeof segment === 'number') {
                node = node.items[segment];
            }
            else
                break;
        }
        const range = node?.range;
        if (!range)
            return '';
        const { line, col } = this.counter.linePos(range[0]);
        return `:${line}:${col}`;
    }
}
function entryName(path) {
    if (path.length === 0)
        return 'the mapping file';
    return path
        .map((segment, i) => {
        if (typeof segment === 'number')
            return `[${segment}]`;
        const plain = /^[A-Za-z0-9_-]+$/.test(segment);
        return plain && segment.length <= 200 ? `${i === 0 ? '' : '.'}${segment}` : `[${(0,src_errors/* quote */.hD)(segment)}]`;
    })
        .join('');
}

;// CONCATENATED MODULE: ./src/core/mapping.ts




/** The `pipeline` input may be omitted when the mapping file names exactly one pipeline. */
function defaultPipeline(file) {
    const names = file.pipelineNames();
    return names.length === 1 ? names[0] : undefined;
}
/**
 * Reads the mapping file. Every problem (YAML syntax, unknown keys, wrong types, empty or malformed globs,
 * paths outside the repository) is reported at once, each line naming the entry by its path and position:
 * `.github/sagemaker-pipelines.yml:7:9: pipelines.P.steps.Abalone-Train[1] is an empty string`.
 */
function loadMappingFile(text, source) {
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: true });
    const syntax = doc.errors[0];
    if (syntax) {
        const at = syntax.linePos?.[0];
        const message = syntax.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
        throw new src_errors/* UserError */.yo(`${source}${at ? `:${at.line}:${at.col}` : ''}: invalid YAML: ${message}`);
    }
    let data;
    try {
        data = doc.toJS({ maxAliasCount: 100 });
    }
    catch (error) {
        throw new src_errors/* UserError */.yo(`${source}: invalid YAML: ${error instanceof Error ? error.message : String(error)}`);
    }
    const problems = new Problems(source, doc, lines);
    if (data === null || data === undefined) {
        problems.add([], 'is empty; it needs a top-level "pipelines:" mapping of pipeline name to steps');
        problems.throwIfAny();
    }
    checkSchema(data, problems);
    problems.throwIfAny();
    const pipelines = new Map();
    for (const [name, entry] of Object.entries(data.pipelines)) {
        const compiled = compile(name, entry, problems, doc);
        if (compiled)
            pipelines.set(name, compiled);
    }
    problems.throwIfAny();
    return new LoadedMappingFile(source, pipelines, problems);
}
class LoadedMappingFile {
    source;
    pipelines;
    problems;
    constructor(source, pipelines, problems) {
        this.source = source;
        this.pipelines = pipelines;
        this.problems = problems;
    }
    pipelineNames() {
        return [...this.pipelines.keys()];
    }
    forPipeline(name, graph) {
        const compiled = this.pipelines.get(name) ?? this.byArn(name);
        if (!compiled) {
            const known = this.pipelineNames();
            throw new src_errors/* UserError */.yo(`${this.source}: pipeline "${name}" is not in the mapping file${(0,src_errors/* didYouMean */.au)(name, known)}; it lists ${known.map(k => `"${k}"`).join(', ')}`);
        }
        compiled.check(graph, this.problems);
        this.problems.throwIfAny();
        const c = compiled;
        return {
            pipeline: c.name,
            steps: new Map(c.stepNames.map((s, i) => [s, c.stepGlobs[i]])),
            allSteps: [...c.allStepsGlobs],
            ignore: [...c.ignoreGlobs],
            coverage: new Map(c.coverage.map(e => [e.step, { ...e.parameters }])),
            match: file => c.match(file)
        };
    }
    /** `arn:aws:sagemaker:<region>:<account>:pipeline/<name>`: the service lower-cases the name. */
    byArn(value) {
        const m = /^arn:aws[a-z-]*:sagemaker:[^:]*:[^:]*:pipeline\/([^/]+)$/i.exec(value);
        if (!m)
            return undefined;
        const matches = [...this.pipelines.values()].filter(p => p.name.toLowerCase() === m[1].toLowerCase());
        return matches.length === 1 ? matches[0] : undefined;
    }
}
/** One pipeline's globs, compiled once at load and indexed for `match`. */
class CompiledPipeline {
    name;
    allStepsGlobs;
    ignoreGlobs;
    coverage;
    stepNames = [];
    stepGlobs = [];
    stepPaths = [];
    /** Flattened step globs (in file order) and the step each belongs to. */
    flatGlobs = [];
    stepOf = [];
    stepSet;
    allStepsSet;
    ignoreSet;
    /** Scratch for `match`: reused so that matching a file allocates only its result. */
    found = [];
    best;
    touched = [];
    constructor(name, steps, allStepsGlobs, ignoreGlobs, coverage, compiled) {
        this.name = name;
        this.allStepsGlobs = allStepsGlobs;
        this.ignoreGlobs = ignoreGlobs;
        this.coverage = coverage;
        steps.forEach(({ step, globs, path }, i) => {
            this.stepNames.push(step);
            this.stepGlobs.push(globs);
            this.stepPaths.push(path);
            for (const g of globs) {
                this.flatGlobs.push(g);
                this.stepOf.push(i);
            }
        });
        this.stepSet = new GlobSet(this.flatGlobs, compiled);
        this.allStepsSet = new GlobSet(allStepsGlobs, compiled);
        this.ignoreSet = new GlobSet(ignoreGlobs, compiled);
        this.best = new Int32Array(steps.length).fill(-1);
    }
    match(file) {
        if (file.startsWith('./'))
            file = file.slice(2);
        if (this.ignoreSet.size > 0 && this.ignoreSet.any(file))
            return { ignored: true, steps: [] };
        const result = { ignored: false, steps: [] };
        if (this.allStepsSet.size > 0) {
            const first = this.allStepsSet.first(file, this.found);
            if (first >= 0)
                result.allSteps = this.allStepsGlobs[first];
        }
        if (this.stepSet.size === 0)
            return result;
        const { found, best, touched } = this;
        found.length = 0;
        this.stepSet.matches(file, found);
        for (const id of found) {
            const step = this.stepOf[id];
            const current = best[step];
            if (current < 0)
                touched.push(step);
            if (current < 0 || id < current)
                best[step] = id;
        }
        if (touched.length > 1)
            touched.sort((a, b) => a - b);
        for (const step of touched) {
            result.steps.push({ step: this.stepNames[step], glob: this.flatGlobs[best[step]] });
            best[step] = -1;
        }
        found.length = 0;
        touched.length = 0;
        return result;
    }
    /** Step names and coverage parameters against the definition that will run. */
    check(graph, problems) {
        const stepList = listing([...graph.steps.keys()], 'its steps are');
        const unknownStep = (step, path) => {
            if (graph.has(step))
                return;
            const hint = (0,src_errors/* didYouMean */.au)(step, graph.steps.keys());
            problems.add(path, `names no step of pipeline ${this.name}${hint || stepList}`, true);
        };
        this.stepNames.forEach((step, i) => unknownStep(step, this.stepPaths[i]));
        for (const entry of this.coverage) {
            unknownStep(entry.step, entry.path);
            for (const [name, value] of Object.entries(entry.parameters)) {
                const path = [...entry.path, 'parameters', name];
                const def = graph.parameters.get(name);
                if (!def) {
                    const declared = listing([...graph.parameters.keys()], 'it declares');
                    const hint = (0,src_errors/* didYouMean */.au)(name, graph.parameters.keys());
                    problems.add(path, `is not a parameter of pipeline ${this.name}${hint || declared}`, true);
                }
                else {
                    const bad = valueProblem(def, value);
                    if (bad)
                        problems.add(path, bad);
                }
            }
        }
    }
}
function listing(names, lead) {
    if (names.length === 0)
        return lead === 'it declares' ? '; it declares no parameters' : '';
    if (names.length > 20)
        return '';
    return `; ${lead} ${names.map(n => `"${n}"`).join(', ')}`;
}
/** The service rejects a value of the wrong type at StartPipelineExecution; say so before. */
function valueProblem(def, value) {
    const shown = JSON.stringify(value);
    if (def.enumValues && !def.enumValues.includes(value)) {
        return `is ${shown}, which is not one of the values the parameter allows: ${def.enumValues.join(', ')}`;
    }
    if (def.type === 'Integer' && !/^[-+]?\d+$/.test(value))
        return `is ${shown}, but ${def.name} is an Integer parameter`;
    if (def.type === 'Float' && (value.trim() === '' || !Number.isFinite(Number(value)))) {
        return `is ${shown}, but ${def.name} is a Float parameter`;
    }
    if (def.type === 'Boolean' && !/^(true|false)$/i.test(value)) {
        return `is ${shown}, but ${def.name} is a Boolean parameter (true or false)`;
    }
    return undefined;
}
/** Checks and compiles one pipeline's globs; undefined when some are unusable (they are in `problems`). */
function compile(name, entry, problems, doc) {
    const base = ['pipelines', name];
    const compiled = new Map();
    let bad = false;
    const globList = (value, path) => {
        if (value === undefined)
            return [];
        const list = typeof value === 'string' ? [value] : value;
        list.forEach((glob, i) => {
            const checked = checkGlob(glob);
            if ('regex' in checked)
                compiled.set(glob, checked.regex);
            else {
                bad = true;
                problems.add(typeof value === 'string' ? path : [...path, i], `${(0,src_errors/* quote */.hD)(glob)} ${checked.problem}`);
            }
        });
        return list;
    };
    const steps = Object.entries(entry.steps ?? {}).map(([step, globs]) => {
        const path = [...base, 'steps', step];
        return { step, globs: globList(globs, path), path };
    });
    const coverage = Object.entries(entry.coverage ?? {}).map(([step, { parameters }]) => {
        const path = [...base, 'coverage', step];
        const values = {};
        for (const [param, value] of Object.entries(parameters)) {
            values[param] = scalarText(value, doc.getIn([...path, 'parameters', param], true));
        }
        return { step, parameters: values, path };
    });
    const allSteps = globList(entry['all-steps'], [...base, 'all-steps']);
    const ignore = globList(entry.ignore, [...base, 'ignore']);
    return bad ? undefined : new CompiledPipeline(name, steps, allSteps, ignore, coverage, compiled);
}
/** Parameter values go to the service as strings: keep a number as written (`0.10` stays "0.10"). */
function scalarText(value, node) {
    if (typeof value === 'number' && (0,dist/* isScalar */.jn)(node) && typeof node.source === 'string') {
        if (/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(node.source))
            return node.source;
    }
    return String(value);
}

;// CONCATENATED MODULE: ./tools/cli/context.ts

/** The command line itself is wrong (exit 2), as opposed to what it points at (UserError, exit 1). */
class UsageError extends Error {
    constructor(message) {
        super(message);
        this.name = 'UsageError';
    }
}
/**
 * Runs node:util `parseArgs` and turns its errors into usage errors in our words, with did-you-mean
 * for mistyped options.
 */
function parseOrUsage(command, options, parse) {
    try {
        return parse();
    }
    catch (error) {
        const message = messageOf(error);
        const unknown = /^Unknown option '([^']+)'/.exec(message);
        if (unknown) {
            const hint = (0,src_errors/* didYouMean */.au)(unknown[1], options.map(o => `--${o}`));
            throw new UsageError(`${command}: unknown option ${unknown[1]}${hint}; see ${command} --help`);
        }
        const first = message.split('. ')[0];
        throw new UsageError(`${command}: ${first.charAt(0).toLowerCase()}${first.slice(1)}; see ${command} --help`);
    }
}
/** Reads the file an option names; a missing or unreadable file is the user's input problem. */
function readInput(io, option, path) {
    try {
        return io.readFile(path);
    }
    catch (error) {
        const code = error.code;
        const why = code === 'ENOENT' ? 'no such file' : messageOf(error);
        throw new src_errors/* UserError */.yo(`${option} ${path}: cannot read the file (${why})`);
    }
}
function readJson(io, option, path) {
    const text = readInput(io, option, path);
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new src_errors/* UserError */.yo(`${option} ${path}: invalid JSON (${messageOf(error)})`);
    }
}
function requireOption(command, name, value) {
    if (value === undefined || value === '')
        throw new UsageError(`${command}: --${name} FILE is required; see ${command} --help`);
    return value;
}
/** Node's own errors (fs, parseArgs) may come from another realm under a test runner: no `instanceof`. */
function messageOf(error) {
    const message = error?.message;
    return typeof message === 'string' ? message : String(error);
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
;// CONCATENATED MODULE: ./tools/cli/repo-files.ts





/** A walk stops here: a mapping is about a repository's code, not a disk. */
const WALK_LIMIT = 500_000;
const SKIPPED = new Set(['.git', 'node_modules']);
/**
 * Lists the files of the repository at `dir`: what git tracks plus untracked files it does not ignore
 * (a file written but not yet committed is about to be), from the work tree's top level, since globs
 * are relative to the repository root. Outside a git work tree (or without git), walks the folder,
 * skipping `.git` and `node_modules` and not following symbolic links to folders.
 */
function listRepoFiles(dir) {
    let stat;
    try {
        stat = external_node_fs_default().statSync(dir);
    }
    catch (error) {
        const code = error.code;
        throw new src_errors/* UserError */.yo(`--repo ${dir}: ${code === 'ENOENT' ? 'no such folder' : messageOf(error)}`);
    }
    if (!stat.isDirectory())
        throw new src_errors/* UserError */.yo(`--repo ${dir}: not a folder`);
    return fromGit(dir) ?? walk(dir);
}
function fromGit(dir) {
    let top;
    try {
        top = git(dir, ['rev-parse', '--show-toplevel']).trim();
    }
    catch {
        return undefined; // not a work tree, or no git at all
    }
    if (top === '')
        return undefined;
    const notes = [];
    if (external_node_path_default().resolve(external_node_fs_default().realpathSync(dir)) !== external_node_path_default().resolve(external_node_fs_default().realpathSync(top))) {
        notes.push(`--repo ${dir} is inside the git repository at ${top}; globs are relative to the repository root, so its files are listed from there`);
    }
    const out = git(top, ['ls-files', '-z', '--cached', '--others', '--exclude-standard']);
    const files = [...new Set(out.split('\0').filter(f => f !== ''))].sort();
    return { files, root: top, source: 'git ls-files', notes };
}
function git(cwd, args) {
    return (0,external_node_child_process_.execFileSync)('git', ['-C', cwd, ...args], {
        encoding: 'utf8',
        maxBuffer: 512 * 1024 * 1024,
        stdio: ['ignore', 'pipe', 'ignore']
    });
}
function walk(dir) {
    const files = [];
    const notes = [];
    const stack = [''];
    while (stack.length > 0) {
        const rel = stack.pop();
        let entries;
        try {
            entries = external_node_fs_default().readdirSync(external_node_path_default().join(dir, rel), { withFileTypes: true });
        }
        catch {
            continue; // unreadable folder: nothing a glob could be about
        }
        for (const entry of entries) {
            const child = rel === '' ? entry.name : `${rel}/${entry.name}`;
            if (entry.isDirectory()) {
                if (!SKIPPED.has(entry.name))
                    stack.push(child);
            }
            else if (entry.isFile() || entry.isSymbolicLink()) {
                files.push(child);
            }
        }
        if (files.length > WALK_LIMIT) {
            notes.push(`the walk stopped after ${WALK_LIMIT} files; the check covers those only`);
            break;
        }
    }
    files.sort();
    return { files, root: dir, source: 'a walk of the folder, not a git work tree', notes };
}

;// CONCATENATED MODULE: ./tools/cli/check-command.ts









const CHECK_HELP = `Usage: check --config FILE --definition FILE [--pipeline NAME] [--repo DIR] [--strict] [--json]

Checks a mapping file against the pipeline definition and the repository's files.
Errors (exit 1): what the action would refuse: unknown keys or steps, malformed globs, bad YAML.
Warnings (exit 0, or 1 with --strict): a glob that matches no file (a folder written without /**:
"src/train" where "src/train/**" is meant), a glob whose files are all ignored, a step mapped to no file
(Condition and Fail steps excepted), files matched by no step and not ignored.

Options:
  --config FILE      mapping file (.github/sagemaker-pipelines.yml)
  --definition FILE  pipeline definition JSON
  --pipeline NAME    pipeline entry of the mapping file (default: its only pipeline)
  --repo DIR         the repository (default: the current folder): the files git tracks, plus untracked
                     files it does not ignore; outside git, every file under DIR but .git and node_modules
  --strict           warnings fail the check too
  --json             print {"ok":bool,"errors":n,"warnings":n,"problems":[{"severity","kind","step"?,
                     "list"?,"glob"?,"files"?,"message"}],...}
  -h, --help         show this help
`;
const check_command_OPTIONS = ['config', 'definition', 'pipeline', 'repo', 'strict', 'json', 'help'];
function checkCommand(argv, io) {
    const { values } = parseOrUsage('check', check_command_OPTIONS, () => (0,external_node_util_namespaceObject.parseArgs)({
        args: argv,
        options: {
            config: { type: 'string' },
            definition: { type: 'string' },
            pipeline: { type: 'string' },
            repo: { type: 'string' },
            strict: { type: 'boolean', default: false },
            json: { type: 'boolean', default: false },
            help: { type: 'boolean', short: 'h', default: false }
        }
    }));
    if (values.help) {
        io.stdout(CHECK_HELP);
        return 0;
    }
    const configFile = requireOption('check', 'config', values.config);
    const definitionFile = requireOption('check', 'definition', values.definition);
    const graph = (0,core_definition/* parseDefinition */.JA)(readInput(io, '--definition', definitionFile), definitionFile);
    const configText = readInput(io, '--config', configFile);
    const repo = listRepoFiles(values.repo ?? '.');
    let pipeline = values.pipeline;
    let problems;
    try {
        const file = loadMappingFile(configText, configFile);
        pipeline ??= defaultPipeline(file);
        if (pipeline === undefined) {
            const names = file.pipelineNames().join(', ');
            throw new UsageError(`check: ${configFile} lists several pipelines (${names}); choose one with --pipeline`);
        }
        const mapping = file.forPipeline(pipeline, graph);
        problems = checkMapping({
            mapping,
            graph,
            files: repo.files,
            mappingFile: repoRelative(repo.root, configFile)
        });
    }
    catch (error) {
        if (!(error instanceof src_errors/* UserError */.yo))
            throw error;
        problems = loaderProblems(error.message);
    }
    const errors = problems.filter(p => p.severity === 'error').length;
    const warnings = problems.length - errors;
    const failed = errors > 0 || (values.strict && warnings > 0);
    for (const note of repo.notes)
        io.stderr(`note: ${note}\n`);
    if (values.json) {
        const doc = {
            ok: !failed,
            config: configFile,
            definition: definitionFile,
            pipeline: pipeline ?? null,
            files: repo.files.length,
            errors,
            warnings,
            problems
        };
        io.stdout(`${JSON.stringify(doc)}\n`);
    }
    else {
        const lines = [
            `Checked ${configFile}${pipeline === undefined ? '' : ` (pipeline ${pipeline})`} against ${definitionFile} ` +
                `(${graph.size} steps) and ${repo.files.length} files of ${repo.root} (${repo.source})`
        ];
        for (const [severity, title] of [
            ['error', 'Errors'],
            ['warning', 'Warnings']
        ]) {
            const list = problems.filter(p => p.severity === severity);
            if (list.length === 0)
                continue;
            lines.push('', `${title} (${list.length}):`);
            for (const p of list)
                lines.push(`  - ${p.message}`);
        }
        lines.push('', verdict(errors, warnings, values.strict));
        io.stdout(`${lines.join('\n')}\n`);
    }
    return failed ? 1 : 0;
}
function verdict(errors, warnings, strict) {
    if (errors > 0) {
        return `${count(errors, 'error')}: the action would refuse this mapping file.${warnings === 0 ? ' Warnings are checked once it loads.' : ''}`;
    }
    if (warnings === 0)
        return 'OK: no problems found.';
    return strict
        ? `${count(warnings, 'warning')}, and --strict makes them fail the check.`
        : `${count(warnings, 'warning')}: the mapping loads and the action would accept it (exit 0; --strict fails on warnings).`;
}
function count(n, noun) {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
/**
 * The mapping file's own loader is the authority on errors (it gives line and column); its message, one
 * problem per line, becomes problems with the step or glob picked out for `--json`.
 */
function loaderProblems(message) {
    const lines = message.split('\n');
    const body = lines.length > 1 && / problems in the mapping file:$/.test(lines[0]) ? lines.slice(1) : lines;
    return body
        .map(l => l.trim())
        .filter(l => l !== '')
        .map(line => {
        const entry = /(?:^|: )pipelines\.[A-Za-z0-9-]+\.(steps|coverage)\.([A-Za-z0-9_-]+)(?:\[\d+\])? (.*)$/.exec(line);
        if (entry && entry[3].startsWith('names no step of pipeline')) {
            return { severity: 'error', kind: 'unknown-step', step: entry[2], message: line };
        }
        const list = /(?:^|: )pipelines\.[A-Za-z0-9-]+\.(?:steps\.([A-Za-z0-9_-]+)|(all-steps|ignore))(?:\[\d+\])? (.*)$/.exec(line);
        if (list) {
            const quoted = /^("(?:[^"\\]|\\.)*") /.exec(list[3]);
            const glob = quoted ? JSON.parse(quoted[1]) : undefined;
            return {
                severity: 'error',
                kind: 'malformed-glob',
                ...(list[1] === undefined
                    ? { list: list[2] }
                    : { list: 'steps', step: list[1] }),
                ...(glob === undefined ? {} : { glob }),
                message: line
            };
        }
        return { severity: 'error', kind: 'invalid-mapping', message: line };
    });
}
/** The mapping file's path relative to the repository root, when it lies inside it. */
function repoRelative(root, file) {
    try {
        const relative = external_node_path_default().relative(external_node_fs_default().realpathSync(root), external_node_fs_default().realpathSync(file));
        if (relative === '' || relative.startsWith('..') || external_node_path_default().isAbsolute(relative))
            return undefined;
        return relative.split((external_node_path_default()).sep).join('/');
    }
    catch {
        return undefined; // standard input, or a file that vanished: nothing to leave out
    }
}

;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: ./tools/cli/demo-command.ts


const DEMO_HELP = `Usage: demo [--approve]

Runs the action end to end on the embedded SageMaker emulator and a local GitHub API stand-in: a pull
request on the Abalone example changes evaluate.py; the bundled dist/index.js plans, starts and waits
for the selective execution and posts its sticky comment, which is printed here.

  --approve   the second act instead: plan, approve, run. The plan is posted on the pull request
              (mode: plan); a maintainer's "/sagemaker run" comment starts exactly that plan; a
              non-collaborator's is refused; after a new push a stale "/sagemaker run" is refused and
              the fresh plan is posted for approval.
`;
/** The action's root: the CLI bundle lives in dist/cli/, the sources in tools/cli/. */
function actionRoot() {
    return (0,external_node_path_.join)((0,external_node_path_.dirname)((0,external_node_url_namespaceObject.fileURLToPath)(import.meta.url)), '..', '..');
}
async function demoCommand(argv, io) {
    if (argv.includes('--help') || argv.includes('-h')) {
        io.stdout(DEMO_HELP);
        return 0;
    }
    const print = (line) => io.stdout(`${line}\n`);
    if (argv.includes('--approve')) {
        const { runApproveDemo } = await Promise.all(/* import() */[__nccwpck_require__.e(565), __nccwpck_require__.e(780), __nccwpck_require__.e(293)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4293));
        return runApproveDemo(actionRoot(), print);
    }
    const { runDemo } = await Promise.all(/* import() */[__nccwpck_require__.e(565), __nccwpck_require__.e(780), __nccwpck_require__.e(461)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9461));
    return runDemo(actionRoot(), print);
}

;// CONCATENATED MODULE: ./tools/cli/emulator-command.ts



const EMULATOR_HELP = `Usage: emulator [--port N] [--seed FILE] [--time-scale N]

Starts the local SageMaker Pipelines emulator on 127.0.0.1 (the real wire protocol, executions in
simulated time) and prints the line that points the AWS SDK and CLI at it. Runs until Ctrl+C.

Options:
  --port N          port to listen on (default: a free one)
  --seed FILE       JSON seed document: pipelines, their definitions and past executions
  --time-scale N    simulated seconds per real second (default 60)
  -h, --help        show this help
`;
async function emulatorCommand(argv, io) {
    const { values } = parseOrUsage('emulator', ['port', 'seed', 'time-scale', 'help'], () => (0,external_node_util_namespaceObject.parseArgs)({
        args: argv,
        options: {
            port: { type: 'string' },
            seed: { type: 'string' },
            'time-scale': { type: 'string' },
            help: { type: 'boolean', short: 'h', default: false }
        }
    }));
    if (values.help) {
        io.stdout(EMULATOR_HELP);
        return 0;
    }
    const port = values.port === undefined ? 0 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
        throw new UsageError(`emulator: --port ${values.port} is not a port number (0-65535)`);
    }
    const timeScale = values['time-scale'] === undefined ? undefined : Number(values['time-scale']);
    if (timeScale !== undefined && !(timeScale > 0 && Number.isFinite(timeScale))) {
        throw new UsageError(`emulator: --time-scale ${values['time-scale']} must be a positive number`);
    }
    const seed = values.seed === undefined ? undefined : readJson(io, '--seed', values.seed);
    if (seed !== undefined &&
        (typeof seed !== 'object' || seed === null || !Array.isArray(seed.pipelines))) {
        throw new src_errors/* UserError */.yo(`--seed ${values.seed}: expected {"pipelines": [...]}`);
    }
    // Loaded only here: graph and plan must not pay for the emulator.
    const { startEmulator } = await __nccwpck_require__.e(/* import() */ 565).then(__nccwpck_require__.bind(__nccwpck_require__, 2565));
    let emulator;
    try {
        emulator = await startEmulator({ port, seed: seed, timeScale });
    }
    catch (error) {
        throw new src_errors/* UserError */.yo(`emulator: could not start (${messageOf(error)})`);
    }
    io.stdout(`SageMaker Pipelines emulator listening on ${emulator.url} (Ctrl+C to stop)\n`);
    io.stdout(`export AWS_ENDPOINT_URL_SAGEMAKER=${emulator.url}\n`);
    await (io.untilStopped ?? untilSignal)();
    await emulator.close();
    return 0;
}
function untilSignal() {
    return new Promise(resolve => {
        const stop = () => {
            process.off('SIGINT', stop);
            process.off('SIGTERM', stop);
            resolve();
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
    });
}

;// CONCATENATED MODULE: ./tools/cli/graph-command.ts



const GRAPH_HELP = `Usage: graph --definition FILE [--json]

Prints the steps of a SageMaker pipeline definition in topological order, with their type and the
Condition that encloses them, then the edges between them (DependsOn, property references, Condition
to nested step): the DAG the action plans over.

Options:
  --definition FILE  pipeline definition JSON (DescribePipeline's PipelineDefinition, or pipeline.definition())
  --json             print {"steps":[{"name","type","condition"?}],"edges":[["from","to"],...]}
  -h, --help         show this help
`;
function graphJson(graph) {
    return {
        steps: graph.topologicalOrder().map(name => {
            const step = graph.step(name);
            return step.condition ? { name, type: step.type, condition: step.condition } : { name, type: step.type };
        }),
        edges: graph.edges().map(e => [e.from, e.to])
    };
}
function graphCommand(argv, io) {
    const { values } = parseOrUsage('graph', ['definition', 'json', 'help'], () => (0,external_node_util_namespaceObject.parseArgs)({
        args: argv,
        options: {
            definition: { type: 'string' },
            json: { type: 'boolean', default: false },
            help: { type: 'boolean', short: 'h', default: false }
        }
    }));
    if (values.help) {
        io.stdout(GRAPH_HELP);
        return 0;
    }
    const file = requireOption('graph', 'definition', values.definition);
    const graph = (0,core_definition/* parseDefinition */.JA)(readInput(io, '--definition', file), file);
    io.stdout(values.json ? `${JSON.stringify(graphJson(graph))}\n` : graphText(graph, file));
    return 0;
}
function graphText(graph, source) {
    const edges = graph.edges();
    const order = graph.topologicalOrder();
    const width = Math.max(...order.map(n => n.length));
    const typeWidth = Math.max(...order.map(n => graph.step(n).type.length));
    const lines = [
        `${source}: ${graph_command_count(order.length, 'step')}, ${graph_command_count(edges.length, 'edge')}`,
        '',
        'Steps (topological order):'
    ];
    for (const name of order) {
        const step = graph.step(name);
        const where = step.condition
            ? `in ${step.condition} (${step.branch === 'Else' ? 'Else' : 'If'} branch)`
            : '';
        lines.push(`  ${name.padEnd(width)}  ${step.type.padEnd(typeWidth)}  ${where}`.trimEnd());
    }
    lines.push('', edges.length === 0 ? 'Edges: none' : 'Edges:');
    const fromWidth = Math.max(0, ...edges.map(e => e.from.length));
    const toWidth = Math.max(0, ...edges.map(e => e.to.length));
    for (const e of edges)
        lines.push(`  ${e.from.padEnd(fromWidth)} → ${e.to.padEnd(toWidth)}  (${e.kinds.join(', ')})`);
    return `${lines.join('\n')}\n`;
}
function graph_command_count(n, noun) {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

;// CONCATENATED MODULE: ./tools/cli/code-hints.ts

/** File names that are code a step runs, as opposed to data, models or archives. */
const SCRIPT = /\.(py|r|sh|jl|scala|java|js|ts|ipynb)$/i;
/** Helpers the SDK itself uploads or generates: never the user's code. */
const GENERATED = new Set([
    '_repack_model.py',
    'runproc.sh',
    'job_driver.sh',
    'bootstrap_runtime_environment.py'
]);
const PROCESSING_CODE = '/opt/ml/processing/input/code/';
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const REMOTE_FUNCTION = 'sagemaker_remote_function_bootstrap';
/**
 * Everything in the step that points at its code, in the order a reader would look: processing code
 * inputs and entry points, `--code` arguments, training scripts (`sagemaker_program`), serving scripts
 * (`SAGEMAKER_PROGRAM`), and the module of a `@step` function.
 */
function codeHints(step) {
    // A Condition's branch steps speak for themselves; a Fail step runs nothing.
    if (step.type === 'Condition' || step.type === 'Fail')
        return [];
    const own = (0,core_definition/* ownFields */.EE)(step);
    const args = (0,core_definition/* isObject */.Gv)(own.Arguments) ? own.Arguments : {};
    const hints = [];
    const add = (path, tail, where, sourceDir = false) => {
        const name = tail.slice(tail.lastIndexOf('/') + 1);
        if (!SCRIPT.test(name) || GENERATED.has(name))
            return;
        if (tail.split('/').some(s => s === '' || s === '.' || s === '..'))
            return;
        if (CONTROL.test(tail))
            return; // no repository file is named so: a broken or hostile definition
        hints.push({ path, tail, where, sourceDir });
    };
    if (Array.isArray(args.ProcessingInputs)) {
        for (const input of args.ProcessingInputs) {
            if (!(0,core_definition/* isObject */.Gv)(input) || input.InputName !== 'code' || !(0,core_definition/* isObject */.Gv)(input.S3Input))
                continue;
            const uri = input.S3Input.S3Uri;
            if (typeof uri === 'string')
                add(uri, basename(uri), `ProcessingInputs "code" ${shortUri(uri)}`);
        }
    }
    for (const spec of [args.AppSpecification, args.AlgorithmSpecification]) {
        if (!(0,core_definition/* isObject */.Gv)(spec))
            continue;
        for (const part of strings(spec.ContainerEntrypoint)) {
            if (part.startsWith(PROCESSING_CODE)) {
                add(part, part.slice(PROCESSING_CODE.length), `ContainerEntrypoint …/code/${part.slice(PROCESSING_CODE.length)}`);
            }
        }
        const argv = strings(spec.ContainerArguments);
        argv.forEach((part, i) => {
            const value = part === '--code' ? argv[i + 1] : part.startsWith('--code=') ? part.slice(7) : undefined;
            if (value !== undefined)
                add(value, basename(value), `ContainerArguments --code ${shortUri(value)}`);
        });
    }
    for (const hyper of hyperParameterSets(args))
        trainingScript(hyper, add);
    for (const env of environments(args)) {
        const program = env.SAGEMAKER_PROGRAM;
        if (typeof program === 'string') {
            add(program, program, `Environment SAGEMAKER_PROGRAM "${program}"`, true);
        }
    }
    if (step.type === 'Training' && isFunctionStep(args))
        functionModule(step.raw, add);
    return hints;
}
/** `sagemaker_program` (the entry point of a framework estimator), or the model repack's inference script. */
function trainingScript(hyper, add) {
    const program = unquote(hyper.sagemaker_program);
    if (program === undefined)
        return;
    const packed = unquote(hyper.sagemaker_submit_directory) !== undefined;
    if (program === '_repack_model.py') {
        const script = unquote(hyper.inference_script);
        const dir = unquote(hyper.source_dir);
        if (script === undefined)
            return;
        const path = dir && !dir.startsWith('s3://') && !dir.startsWith('/') ? `${dir}/${script}` : script;
        add(path, script, `HyperParameters inference_script "${script}" (model repack)`, true);
        return;
    }
    const from = packed ? ' in the uploaded source directory' : '';
    add(program, program, `HyperParameters sagemaker_program "${program}"${from}`, packed);
}
/**
 * A `@step` function runs as a training job whose entry point is the remote-function bootstrap; the SDK
 * writes `module.function` as the step's DisplayName and the function's source file as its Description.
 */
function functionModule(raw, add) {
    const display = raw.DisplayName;
    if (typeof display === 'string' && /^[A-Za-z_][\w]*(\.[A-Za-z_][\w]*)+$/.test(display)) {
        const module = display.split('.').slice(0, -1);
        if (module[0] !== '__main__') {
            const file = `${module.join('/')}.py`;
            add(file, file, `@step function ${display}`);
        }
    }
    const description = raw.Description;
    if (typeof description === 'string' && /\.py$/.test(description) && !/\s/.test(description)) {
        add(description, basename(description), `@step source ${shortUri(description)}`);
    }
}
function isFunctionStep(args) {
    const spec = (0,core_definition/* isObject */.Gv)(args.AlgorithmSpecification) ? args.AlgorithmSpecification : {};
    if (strings(spec.ContainerEntrypoint).some(p => p.includes(REMOTE_FUNCTION)))
        return true;
    return (Array.isArray(args.InputDataConfig) &&
        args.InputDataConfig.some(c => (0,core_definition/* isObject */.Gv)(c) && c.ChannelName === REMOTE_FUNCTION));
}
/** Training `HyperParameters`, and a tuning job's static ones (one definition or several). */
function hyperParameterSets(args) {
    const out = [];
    if ((0,core_definition/* isObject */.Gv)(args.HyperParameters))
        out.push(args.HyperParameters);
    const definitions = [
        args.TrainingJobDefinition,
        ...(Array.isArray(args.TrainingJobDefinitions) ? args.TrainingJobDefinitions : [])
    ];
    for (const d of definitions) {
        if ((0,core_definition/* isObject */.Gv)(d) && (0,core_definition/* isObject */.Gv)(d.StaticHyperParameters))
            out.push(d.StaticHyperParameters);
    }
    return out;
}
/** Every `Environment` object of the step's containers (Model, RegisterModel, Processing, Training). */
function environments(value, out = [], depth = 0) {
    if (depth > 8)
        return out;
    if (Array.isArray(value))
        for (const v of value)
            environments(v, out, depth + 1);
    else if ((0,core_definition/* isObject */.Gv)(value)) {
        for (const [key, v] of Object.entries(value)) {
            if (key === 'Environment' && (0,core_definition/* isObject */.Gv)(v))
                out.push(v);
            else
                environments(v, out, depth + 1);
        }
    }
    return out;
}
function strings(value) {
    return Array.isArray(value) ? value.filter((v) => typeof v === 'string') : [];
}
/** The SDK JSON-encodes hyperparameter values: `"\"train.py\""`. */
function unquote(value) {
    if (typeof value !== 'string' || value === '')
        return undefined;
    if (value.startsWith('"')) {
        try {
            const parsed = JSON.parse(value);
            return typeof parsed === 'string' && parsed !== '' ? parsed : undefined;
        }
        catch {
            return undefined;
        }
    }
    return value;
}
function basename(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}
/** `s3://bucket/a/b/c/d.py` → `s3://…/d.py`: enough to recognise, short enough for a comment. */
function shortUri(uri) {
    const parts = uri.split('/');
    if (parts.length <= 2)
        return uri;
    return `${uri.startsWith('s3://') ? 's3://' : ''}…/${parts[parts.length - 1]}`;
}

;// CONCATENATED MODULE: ./tools/cli/init-command.ts










const INIT_HELP = `Usage: init --definition FILE [--pipeline NAME] [--output FILE [--force]] [--repo DIR]

Writes a starter mapping file (.github/sagemaker-pipelines.yml) for a pipeline definition: every step,
with globs guessed from the code its definition names (processing code inputs and entry points, --code
arguments, sagemaker_program / SAGEMAKER_PROGRAM scripts, @step function modules), each marked
"# guessed from …". A guess names the repository file of that name when there is one (the whole folder
when the script runs from an uploaded source directory), otherwise "**/<name>". Steps with nothing to
guess from are written commented out, for you to fill in or leave unmapped. Then run check.

Options:
  --definition FILE  pipeline definition JSON
  --pipeline NAME    the SageMaker pipeline name, the mapping's key (default: from the definition's file
                     name, else MyPipeline)
  --output FILE      write the mapping there (default: standard output); an existing file is kept
  --force            overwrite an existing --output file
  --repo DIR         the repository the guesses are matched against (default: the current folder)
  -h, --help         show this help
`;
const init_command_OPTIONS = ['definition', 'pipeline', 'output', 'force', 'repo', 'help'];
const PIPELINE_NAME = /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,255}$/;
/** File names that say nothing about which pipeline they hold. */
const GENERIC_STEMS = new Set(['pipeline', 'definition', 'pipeline-definition', 'pipelinedefinition']);
const MAX_COMMENT = 160;
function initCommand(argv, io) {
    const { values } = parseOrUsage('init', init_command_OPTIONS, () => (0,external_node_util_namespaceObject.parseArgs)({
        args: argv,
        options: {
            definition: { type: 'string' },
            pipeline: { type: 'string' },
            output: { type: 'string' },
            force: { type: 'boolean', default: false },
            repo: { type: 'string' },
            help: { type: 'boolean', short: 'h', default: false }
        }
    }));
    if (values.help) {
        io.stdout(INIT_HELP);
        return 0;
    }
    const definitionFile = requireOption('init', 'definition', values.definition);
    const pipeline = values.pipeline ?? pipelineFromFile(definitionFile);
    if (!PIPELINE_NAME.test(pipeline)) {
        throw new UsageError(`init: --pipeline ${JSON.stringify(pipeline.slice(0, 80))} is not a SageMaker pipeline name (letters, digits and hyphens, starting and ending with a letter or digit)`);
    }
    if (values.force && values.output === undefined)
        throw new UsageError('init: --force only applies to --output FILE');
    const graph = (0,core_definition/* parseDefinition */.JA)(readInput(io, '--definition', definitionFile), definitionFile);
    const repo = listRepoFiles(values.repo ?? '.');
    const output = values.output;
    const starter = starterMapping(graph, {
        pipeline,
        files: repo.files,
        definition: definitionFile === '-' ? 'standard input' : external_node_path_default().basename(definitionFile),
        output: output ?? '.github/sagemaker-pipelines.yml'
    });
    // What we write must load and name only real steps; anything else is our bug, not the user's.
    try {
        loadMappingFile(starter.text, 'init output').forPipeline(pipeline, graph);
    }
    catch (error) {
        throw new Error(`init wrote a mapping it cannot load itself: ${messageOf(error)}`, { cause: error });
    }
    for (const note of repo.notes)
        io.stderr(`note: ${note}\n`);
    if (output === undefined) {
        io.stdout(starter.text);
        return 0;
    }
    writeOutput(output, starter.text, values.force);
    const { guessed, unguessed } = starter;
    io.stdout(`Wrote ${output}: ${graph.size} steps of ${pipeline}, ${guessed.length} with guessed globs, ` +
        `${unguessed.length} left commented out (${repo.files.length} files of ${repo.root} seen through ${repo.source}).\n` +
        `Next: review the guesses, then run check --config ${output} --definition ${definitionFile}\n`);
    return 0;
}
function writeOutput(file, text, force) {
    try {
        external_node_fs_default().mkdirSync(external_node_path_default().dirname(file), { recursive: true });
        external_node_fs_default().writeFileSync(file, text, { encoding: 'utf8', flag: force ? 'w' : 'wx' });
    }
    catch (error) {
        const code = error.code;
        if (code === 'EEXIST') {
            throw new src_errors/* UserError */.yo(`--output ${file}: the file exists; give --force to overwrite it`);
        }
        throw new src_errors/* UserError */.yo(`--output ${file}: cannot write the file (${messageOf(error)})`);
    }
}
/** `aws-examples-abalone.json` → `aws-examples-abalone`; `-`, generic or unusable names → `MyPipeline`. */
function pipelineFromFile(file) {
    if (file === '-')
        return 'MyPipeline';
    const stem = external_node_path_default().basename(file)
        .replace(/\.json$/i, '')
        .replace(/[^a-zA-Z0-9-]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 256)
        .replace(/-+$/, '');
    return stem === '' || GENERIC_STEMS.has(stem.toLowerCase()) ? 'MyPipeline' : stem;
}
/**
 * The starter mapping's YAML: every step in topological order, guessed ones as entries with a comment
 * saying where each guess came from, the rest commented out with why. Pure: the caller lists the files.
 */
function starterMapping(graph, options) {
    const index = byName(options.files);
    const lines = [
        `# Starter mapping for sagemaker-selective-execution, written by \`init\` from ${comment(options.definition)}.`,
        "# A change to a file a step's globs match re-runs that step and everything downstream of it.",
        '# "guessed from" marks a glob read off the code location the definition names: check each one.',
        '# Steps commented out had nothing to guess from: map them to their files, or leave them out (an',
        '# unmapped step runs when its definition, a parameter it reads or an upstream step changes).',
        `# Then: sagemaker-selective-execution check --config ${comment(options.output)} --definition ${comment(options.definition)}`,
        'pipelines:',
        `  ${key(options.pipeline)}:  # the SageMaker pipeline's name: change it if yours differs`
    ];
    const entries = [];
    const guessed = [];
    const unguessed = [];
    for (const name of graph.topologicalOrder()) {
        const step = graph.step(name);
        const guesses = guessesFor(step, index);
        if (guesses.length === 0) {
            unguessed.push(name);
            entries.push(`      # ${key(name)}: []  # ${noGuessReason(step)}`);
        }
        else if (guesses.length === 1) {
            guessed.push(name);
            entries.push(`      ${key(name)}: ${scalar(guesses[0].glob)}  # ${guessComment(guesses[0])}`);
        }
        else {
            guessed.push(name);
            entries.push(`      ${key(name)}:`);
            for (const g of guesses)
                entries.push(`        - ${scalar(g.glob)}  # ${guessComment(g)}`);
        }
    }
    // Comments may sit between the entries, but a mapping of comments only is no mapping at all.
    lines.push(guessed.length === 0
        ? '    steps: {}  # nothing to guess from: replace {} with entries like the ones commented out below'
        : '    steps:', ...entries, '    # all-steps:  # a change to one of these selects every step, e.g. the script that builds the pipeline', '    #   - pipelines/build_pipeline.py', '    # ignore:  # a change to one of these selects nothing, whatever else matches it', '    #   - "**/*.md"');
    return { text: `${lines.join('\n')}\n`, guessed, unguessed };
}
/** The step's code hints, matched against the repository's files, merged and without weaker duplicates. */
function guessesFor(step, index) {
    const resolved = codeHints(step).map(hint => ({ hint, ...resolve(hint, step.name, index) }));
    const foundNames = new Set(resolved.filter(r => r.found).map(r => nameOf(r.hint.tail)));
    const missing = resolved.filter(r => !r.found && !foundNames.has(nameOf(r.hint.tail)));
    const kept = resolved.filter(r => r.found ||
        (missing.includes(r) &&
            // `**/register.py` adds nothing to `**/pipeline_steps/register.py`
            !missing.some(o => o.hint.tail.length > r.hint.tail.length && o.hint.tail.endsWith(`/${r.hint.tail}`))));
    const byGlob = new Map();
    for (const r of kept) {
        const guess = byGlob.get(r.glob);
        if (guess) {
            if (!guess.where.includes(r.hint.where))
                guess.where.push(r.hint.where);
        }
        else {
            byGlob.set(r.glob, { glob: r.glob, where: [r.hint.where], found: r.found, others: r.others });
        }
    }
    return [...byGlob.values()];
}
/** File name → the repository's files of that name. */
function byName(files) {
    const index = new Map();
    for (const file of files) {
        const name = nameOf(file);
        const list = index.get(name);
        if (list)
            list.push(file);
        else
            index.set(name, [file]);
    }
    return index;
}
/**
 * The repository file the hint most likely names: of the files with its name, the one sharing the
 * longest end with the hint's path (S3 keys and author paths often keep a folder or two), then the one
 * whose folders echo the step's name, then the shortest path.
 */
function resolve(hint, stepName, index) {
    const candidates = index.get(nameOf(hint.tail)) ?? [];
    if (candidates.length === 0)
        return { glob: `**/${escapeGlob(hint.tail)}`, found: false, others: 0 };
    const hintParts = hint.path.split('/');
    const tokens = stepTokens(stepName);
    const scored = candidates.map(file => {
        const parts = file.split('/');
        let shared = 0;
        while (shared < parts.length &&
            shared < hintParts.length &&
            parts[parts.length - 1 - shared] === hintParts[hintParts.length - 1 - shared])
            shared++;
        const folders = parts.slice(0, -1).join('/').toLowerCase();
        const echo = tokens.filter(t => folders.includes(t)).length;
        return { file, shared, echo };
    });
    scored.sort((a, b) => b.shared - a.shared ||
        b.echo - a.echo ||
        a.file.length - b.file.length ||
        (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    const file = scored[0].file;
    const slash = file.lastIndexOf('/');
    const glob = hint.sourceDir && slash > 0 ? `${escapeGlob(file.slice(0, slash))}/**` : escapeGlob(file);
    const usable = !('problem' in checkGlob(glob));
    return usable
        ? { glob, found: true, others: candidates.length - 1 }
        : { glob: `**/${escapeGlob(hint.tail)}`, found: false, others: 0 };
}
/** `Abalone-PreprocessData` → `abalone`, `preprocess`, `data`: words to look for in folder names. */
function stepTokens(name) {
    return name
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .split(/[\s_-]+/)
        .map(t => t.toLowerCase())
        .filter(t => t.length >= 3 && !['step', 'model', 'create', 'register'].includes(t));
}
/** A literal path as a glob: picomatch's special characters escaped. */
function escapeGlob(file) {
    return file.replace(/[*?[\]{}()!+@\\]/g, c => `\\${c}`);
}
function nameOf(file) {
    return file.slice(file.lastIndexOf('/') + 1);
}
function guessComment(guess) {
    const from = comment(`guessed from ${guess.where.join('; ')}`, MAX_COMMENT - 50);
    if (!guess.found)
        return `${from}; no file of that name in the repository yet`;
    if (guess.others === 0)
        return from;
    return `${from}; ${guess.others} other file${guess.others === 1 ? '' : 's'} of that name`;
}
function noGuessReason(step) {
    switch (step.type) {
        case 'Condition':
        case 'Fail':
            return `${step.type} step: all it does is in the definition, usually left unmapped`;
        default:
            return `no guess: its definition names no code file (${comment(step.type)} step); map it to the files it depends on`;
    }
}
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const init_command_INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;
/** Text from the definition inside a YAML comment: one line, no control characters, capped. */
function comment(text, max = MAX_COMMENT) {
    const flat = text.replace(init_command_INVISIBLE, '\ufffd');
    return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
const RESERVED = /^(true|false|null|yes|no|on|off|y|n|~)$/i;
/** A mapping key: step names are `[A-Za-z0-9-_]`, but `true`, `null` or `123` still need quotes. */
function key(name) {
    return /^[A-Za-z_][A-Za-z0-9_-]*$/.test(name) && !RESERVED.test(name) ? name : scalar(name, true);
}
/** A YAML scalar for a glob: plain when that cannot be misread, else double-quoted with escapes. */
function scalar(value, quote = false) {
    if (!quote &&
        /^[A-Za-z0-9_][A-Za-z0-9_./-]*$/.test(value) &&
        !RESERVED.test(value) &&
        !/^[\d.+-]/.test(value)) {
        return value;
    }
    return JSON.stringify(value).replace(/[\u007f-\u009f\u2028\u2029\ufeff]/g, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

;// CONCATENATED MODULE: ./src/core/planner.ts

/** `SelectiveExecutionConfig.SelectedSteps` holds at most 50 steps (reference §1.9). */
const MAX_SELECTED_STEPS = 50;
/**
 * Turns what changed (files, step definitions, parameter values) and what the user asked for into the
 * steps to run, the steps whose outputs come from the reference run and the steps left alone. It errs
 * towards running more: every change since the reference re-runs what it touches whatever the mode, a
 * branch step never runs without its Condition, and any selection the service might reject or that
 * lacks a reference becomes a full run with the reason spelled out.
 */
function planSelection(request) {
    const { graph } = request;
    const book = new ReasonBook();
    const warnings = [];
    const explicit = checkStepNames(graph, request.explicitSteps ?? [], 'Input "steps"');
    let selection = request.selection;
    if (explicit.length > 0 && selection !== 'affected') {
        warnings.push(`the steps input overrides selection: ${selection}; ${explicit.join(', ')} and what changed are selected`);
        selection = 'affected';
    }
    if (selection === 'all') {
        for (const name of graph.topologicalOrder())
            book.add(name, { kind: 'selection-all' });
        return fullRun(graph, book, 'selection: all runs every step', warnings);
    }
    const judged = request.freshness;
    if (!judged && !request.changes.complete) {
        const detail = request.changes.detail ?? 'the list of changed files could not be read whole';
        for (const name of graph.topologicalOrder())
            book.add(name, { kind: 'unknown-changes', detail });
        return fullRun(graph, book, `the changed files are not known exactly (${detail}), so every step runs`, warnings);
    }
    if (judged) {
        // Every step whose output in the reference does not stand for head runs (files, definition,
        // parameters, mapping edits, no output at all), judged against the run that produced it.
        for (const [name, reasons] of judged.stale)
            for (const reason of reasons)
                book.add(name, reason);
        if (selection === 'failed' &&
            ![...judged.stale.values()].flat().some(r => r.kind === 'failed-in-reference')) {
            warnings.push(`the reference run ${request.reference?.arn ?? ''} has no failed steps; there is nothing to resume`.replace('run  has', 'run has'));
        }
    }
    else {
        addAffected(request, book, warnings);
        if (selection === 'failed')
            addFailed(graph, request.reference, book, warnings);
        // Whatever the mode, a Failed reference's failed steps have no outputs at that commit: they run again
        // (the run this plan starts must leave every step's outputs in place).
        else if (request.reference?.status === 'Failed')
            addFailed(graph, request.reference, book, []);
    }
    for (const name of explicit)
        book.add(name, { kind: 'explicit' });
    for (const [name, reasons] of Object.entries(request.seeds ?? {})) {
        checkStepNames(graph, [name], 'selection seeds');
        if (reasons.length === 0)
            book.add(name, { kind: 'explicit' });
        for (const reason of reasons)
            book.add(name, reason);
    }
    const cost = request.stepMinutes ? (n) => request.stepMinutes.get(n) ?? 1 : () => 1;
    const selected = expand(graph, book, request.downstream, judged?.branchExcluded, cost);
    return finish(request, selected, book, warnings);
}
/**
 * The documented rule for `SelectedSteps` (reference §1.1): every step on a directed path between two
 * selected steps is selected too, i.e. descendants(S) ∩ ancestors(S) ⊆ S.
 */
function isPathConvex(graph, names) {
    const set = new Set(names);
    if (set.size < 2)
        return true;
    const below = new Set(graph.descendants(set));
    return graph.ancestors(set).every(n => set.has(n) || !below.has(n));
}
/** Whether the subgraph induced on the names is connected when edge direction is ignored ([U] §1.1). */
function isWeaklyConnected(graph, names) {
    return connectedGroups(graph, names).length <= 1;
}
/** The weakly connected components of the induced subgraph, each in topological order, ordered by their first step. */
function connectedGroups(graph, names) {
    const set = new Set(names);
    const seen = new Set();
    const groups = [];
    for (const start of graph.sorted(set)) {
        if (seen.has(start))
            continue;
        const group = [];
        const stack = [start];
        seen.add(start);
        while (stack.length > 0) {
            const n = stack.pop();
            group.push(n);
            for (const m of [...graph.parents(n), ...graph.children(n)]) {
                if (set.has(m) && !seen.has(m)) {
                    seen.add(m);
                    stack.push(m);
                }
            }
        }
        groups.push(graph.sorted(group));
    }
    return groups;
}
/**
 * Steps that did not run in `record` because a Condition took the other branch: those nested in the
 * untaken branch of a Condition that reported an outcome, and everything downstream of them. They are
 * absent from the record by design, not because of a failure.
 */
function branchExcludedSteps(graph, record) {
    const direct = [];
    for (const node of graph.steps.values()) {
        if (!node.condition)
            continue;
        const outcome = record.steps.get(node.condition)?.outcome;
        if (!outcome)
            continue;
        const taken = outcome === 'True' ? 'If' : 'Else';
        if (node.branch !== taken)
            direct.push(node.name);
    }
    return new Set(graph.closure(direct));
}
/** Reasons per step, deduplicated, in the order they were found. Membership means "selected". */
class ReasonBook {
    byStep = new Map();
    add(step, reason) {
        const reasons = this.byStep.get(step) ?? new Map();
        reasons.set(reasonKey(reason), reason);
        this.byStep.set(step, reasons);
    }
    has(step) {
        return this.byStep.has(step);
    }
    names() {
        return [...this.byStep.keys()];
    }
    reasons(step) {
        return [...(this.byStep.get(step)?.values() ?? [])];
    }
    copy() {
        const copy = new ReasonBook();
        for (const [step, reasons] of this.byStep)
            copy.byStep.set(step, new Map(reasons));
        return copy;
    }
}
function reasonKey(reason) {
    return JSON.stringify(reason, Object.keys(reason).sort());
}
function checkStepNames(graph, names, source) {
    const known = graph.topologicalOrder();
    for (const name of names) {
        if (graph.has(name))
            continue;
        const listed = known.length <= 10 ? known.join(', ') : `${known.slice(0, 10).join(', ')}, … (${known.length} steps)`;
        throw new src_errors/* UserError */.yo(`${source}: "${name}" is not a step of this pipeline${(0,src_errors/* didYouMean */.au)(name, known)}; its steps are ${listed}`);
    }
    return [...new Set(names)];
}
/**
 * Seeds from the files changed in one commit range, for a plan without a freshness judgement (no
 * reference run: every step's output is judged by its producing run otherwise, in core/freshness.ts).
 */
function addAffected(request, book, warnings) {
    const { graph, mapping } = request;
    const everyStep = graph.topologicalOrder();
    if (mapping) {
        for (const file of request.changes.files) {
            const match = mapping.match(file);
            if (match.ignored)
                continue;
            if (match.allSteps !== undefined) {
                for (const name of everyStep)
                    book.add(name, { kind: 'all-steps-file', file, glob: match.allSteps });
            }
            for (const { step, glob } of match.steps) {
                if (graph.has(step))
                    book.add(step, { kind: 'file', file, glob });
                else
                    warnings.push(`the mapping names step "${step}" for ${file}, but the pipeline has no such step`);
            }
        }
    }
}
function addFailed(graph, reference, book, warnings) {
    if (!reference) {
        warnings.push('selection: failed resumes a reference run, but there is none; only what changed is selected');
        return;
    }
    const excluded = branchExcludedSteps(graph, reference);
    let found = 0;
    for (const name of graph.topologicalOrder()) {
        const state = reference.steps.get(name);
        if (state ? state.status === 'Succeeded' : excluded.has(name))
            continue;
        book.add(name, { kind: 'failed-in-reference', status: state ? state.status : 'NotRun' });
        found++;
    }
    if (found === 0) {
        warnings.push(`the reference run ${reference.arn} has no failed steps; there is nothing to resume`);
    }
}
/**
 * The selection, recomputed from scratch until the steps it needs are all in the book, so that the
 * order in which steps are met never matters. Every step selected for a reason other than `explicit`
 * (SPEC rule 7: with `downstream: true`, every step) is *unlimited*: it brings its enclosing Conditions,
 * its whole downstream closure, and anything either reaches, all unlimited too. Steps named in `steps`
 * bring their Conditions (limited, unless a change also brings them). Steps on a path between selected
 * steps are filled in (path convexity). A step the selection needs whose output the reference lacks (a
 * Condition there took the other branch) is added with `needed-upstream`, and everything is recomputed.
 * A selection in several unconnected parts is joined through a common upstream step when one exists
 * (`connects`, see {@link chooseConnectors}).
 */
function expand(graph, book, downstream, noOutput, cost) {
    for (;;) {
        const { selected, how } = settle(graph, book, downstream, noOutput);
        const connectors = chooseConnectors(graph, book, downstream, noOutput, selected, cost);
        if (connectors) {
            for (const step of connectors.steps)
                book.add(step, { kind: 'connects', parts: connectors.parts });
            continue;
        }
        for (const name of graph.sorted(how.keys())) {
            const reason = how.get(name);
            if (reason !== 'closure')
                book.add(name, reason);
            else
                for (const parent of graph.sorted(graph.parents(name))) {
                    if (selected.has(parent))
                        book.add(name, { kind: 'upstream', step: parent });
                }
        }
        return selected;
    }
}
/** {@link grow}, then every step the selection needs whose output the reference lacks, until none is missing. */
function settle(graph, book, downstream, noOutput) {
    for (;;) {
        const { selected, unlimited, how } = grow(graph, book, downstream);
        // Steps the selection needs whose output the reference lacks run for it, with their closure.
        const missing = graph.ancestors(selected).filter(n => noOutput?.has(n) && !unlimited.has(n));
        if (missing.length === 0)
            return { selected, how };
        for (const name of missing) {
            const of = graph.sorted(graph.descendants([name])).find(d => selected.has(d)) ?? '';
            book.add(name, { kind: 'needed-upstream', of });
        }
    }
}
/** Reasons that select a step without its downstream closure. */
function isLimited(reason, downstream) {
    return reason.kind === 'connects' || (!downstream && reason.kind === 'explicit');
}
/** The fixed point of the book's steps under enclosing Conditions, downstream closure and path convexity. */
function grow(graph, book, downstream) {
    const selected = new Set(book.names());
    const unlimited = new Set([...selected].filter(n => !book.reasons(n).every(r => isLimited(r, downstream))));
    const how = new Map();
    for (let grew = true; grew;) {
        grew = false;
        const add = (set, name, reason) => {
            if (set.has(name))
                return;
            set.add(name);
            if (reason && !how.has(name) && !book.has(name))
                how.set(name, reason);
            grew = true;
        };
        for (const name of graph.sorted(selected)) {
            for (const condition of graph.enclosingConditions(name)) {
                add(selected, condition, { kind: 'enclosing-condition', of: name });
                if (unlimited.has(name))
                    add(unlimited, condition);
            }
        }
        for (const name of graph.descendants(unlimited)) {
            add(selected, name, 'closure');
            add(unlimited, name);
        }
        const above = new Set(graph.ancestors(selected));
        for (const name of graph.descendants(selected)) {
            if (above.has(name))
                add(selected, name, 'closure');
        }
    }
    return { selected, unlimited, how };
}
/** Candidate connectors tried one by one per unconnected selection (the closest first). */
const MAX_CONNECTOR_CANDIDATES = 64;
/** Of those, the closest ones also tried two at a time. */
const MAX_CONNECTOR_PAIRS_FROM = 24;
/**
 * Each trial re-plans the whole graph: trials per search are capped at this many step visits divided
 * by the number of steps (at least 4), so that a 5,000-step pipeline tries its 4 closest connectors and
 * a 60-step one every single and pair above.
 */
const CONNECTOR_BUDGET = 40_000;
/**
 * Joins a selection in several weakly connected parts, which SageMaker is assumed to reject (the
 * developer guide says the selected steps must be "connected"; whether the service enforces it is
 * unverified, [U] §1.1). A connector is a step upstream of two or more parts; it is added with the
 * steps on its paths to the selection (path convexity), its enclosing Conditions, and whatever they
 * need, but without its downstream closure: it runs again from the same fresh inputs, so the outputs
 * of its other descendants stay fresh. Of the single connectors and the pairs of the closest ones,
 * the cheapest that joins every part wins (then the fewer connectors, then the closer); when none
 * does, the single connector leaving the fewest parts is added and the search repeats. Nothing when
 * the selection is connected or no step joins two parts.
 */
function chooseConnectors(graph, book, downstream, noOutput, selected, cost) {
    // Joining only adds steps: past the service's limit the run is a full run anyway.
    if (selected.size > MAX_SELECTED_STEPS)
        return undefined;
    const parts = connectedGroups(graph, selected);
    if (parts.length < 2)
        return undefined;
    const partOf = new Map();
    parts.forEach((part, i) => {
        for (const name of part)
            partOf.set(name, i);
    });
    // The closest common upstream steps first (reverse topological order).
    const candidates = graph
        .ancestors(selected)
        .filter(name => {
        const joined = new Set();
        for (const d of graph.descendants([name]))
            if (partOf.has(d))
                joined.add(partOf.get(d));
        return joined.size >= 2;
    })
        .reverse()
        .slice(0, MAX_CONNECTOR_CANDIDATES);
    const total = (names) => [...names].reduce((sum, n) => sum + cost(n), 0);
    const tryWith = (steps) => {
        const trial = book.copy();
        for (const step of steps)
            trial.add(step, { kind: 'connects', parts: [] });
        const joined = settle(graph, trial, downstream, noOutput).selected;
        return { steps, parts: connectedGroups(graph, joined).length, cost: total(joined) };
    };
    const better = (a, b) => !b || a.parts < b.parts || (a.parts === b.parts && a.cost < b.cost);
    let trials = Math.max(4, Math.floor(CONNECTOR_BUDGET / graph.size));
    let best;
    for (const step of candidates) {
        if (trials-- <= 0)
            break;
        const option = tryWith([step]);
        if (better(option, best))
            best = option;
    }
    const pairsFrom = candidates.slice(0, MAX_CONNECTOR_PAIRS_FROM);
    for (let i = 0; i < pairsFrom.length && trials > 0; i++) {
        for (let j = i + 1; j < pairsFrom.length && trials-- > 0; j++) {
            const option = tryWith([pairsFrom[i], pairsFrom[j]]);
            if (option.parts === 1 && (best?.parts !== 1 || option.cost < best.cost))
                best = option;
        }
    }
    // No connector reduces the parts: the selection stays unconnected and becomes a full run.
    if (!best || best.parts >= parts.length)
        return undefined;
    return { steps: best.steps, parts: parts.map(p => p[0]) };
}
function finish(request, selectedSet, book, warnings) {
    const { graph } = request;
    const selected = graph.sorted(selectedSet);
    warnCachedFileChanges(graph, selected, book, warnings, request.freshness?.codeMoved);
    const reused = graph.ancestors(selected).filter(n => !selectedSet.has(n));
    const reusedSet = new Set(reused);
    const groups = connectedGroups(graph, selected);
    let reason;
    if (selected.length > 0 && selected.length === graph.size)
        reason = 'every step is affected';
    else if (selected.length > MAX_SELECTED_STEPS) {
        reason = `${selected.length} steps selected; a selective execution allows at most ${MAX_SELECTED_STEPS}`;
    }
    else if (groups.length > 1) {
        reason = `the selection has unconnected parts that share no upstream step (${groups.map(g => shortList(g, 5)).join(' | ')}); the selected steps of a selective execution are assumed to have to be connected (the developer guide's word; unverified), so every step runs`;
    }
    else if (reused.length > 0 && !request.reference) {
        reason = `no eligible reference run, and the selection depends on upstream steps ${shortList(reused, 10)}`;
    }
    if (reason)
        return fullRun(graph, book, reason, warnings);
    // A step that reads, by an S3 path built from the execution id, what a reused step wrote in another
    // run reads a location the new run never wrote: the service cannot see that dependency.
    for (const edge of graph.dataEdges()) {
        if (edge.executionScoped && selectedSet.has(edge.to) && reusedSet.has(edge.from)) {
            warnings.push(`${edge.to} reads ${edge.uri}, which ${edge.from} writes under the execution id: in a selective run it reads the new run's path, which the reused ${edge.from} never wrote. Build the path from a Steps.${edge.from} property instead.`);
        }
    }
    if (!request.downstream && selected.length > 0) {
        const skipped = graph.descendants(selected).filter(n => !selectedSet.has(n));
        if (skipped.length > 0) {
            warnings.push(`downstream: false leaves ${shortList(skipped, 10)} unrun although they depend on the selection`);
        }
    }
    return {
        selected,
        reasons: reasonsOf(book, selected),
        reused,
        notRun: graph.topologicalOrder().filter(n => !selectedSet.has(n) && !reusedSet.has(n)),
        fullRun: false,
        needsReference: reused.length > 0,
        warnings
    };
}
/** A run without SelectiveExecutionConfig: every step, each keeping its reasons (`selection-all` if it had none). */
function fullRun(graph, book, fullRunReason, warnings) {
    const selected = graph.topologicalOrder();
    for (const name of selected)
        if (!book.has(name))
            book.add(name, { kind: 'selection-all' });
    return {
        selected,
        reasons: reasonsOf(book, selected),
        reused: [],
        notRun: [],
        fullRun: true,
        fullRunReason,
        needsReference: false,
        warnings
    };
}
function reasonsOf(book, selected) {
    return Object.fromEntries(selected.map(n => [n, book.reasons(n)]));
}
function shortList(names, max) {
    return names.length <= max
        ? names.join(', ')
        : `${names.slice(0, max).join(', ')} and ${names.length - max} more`;
}
/**
 * A step selected only because its files changed, whose definition is the same as in the reference and
 * whose `CacheConfig` is enabled, will most likely be answered from SageMaker's step cache: same
 * arguments, same cached result. The change then does not take effect until the pipeline definition
 * carries it (the SDK uploads code to content-hashed S3 paths when the pipeline is upserted).
 */
function warnCachedFileChanges(graph, selected, book, warnings, codeMoved = new Set()) {
    const cached = selected.filter(name => {
        // A new code location is part of the cache key: no cache hit to fear.
        if (codeMoved.has(name))
            return false;
        const kinds = new Set(book.reasons(name).map(r => r.kind));
        const cache = graph.step(name).raw.CacheConfig;
        return (cache?.Enabled === true &&
            (kinds.has('file') || kinds.has('all-steps-file')) &&
            !kinds.has('definition') &&
            !kinds.has('new-step') &&
            !kinds.has('parameter'));
    });
    if (cached.length > 0) {
        warnings.push(`${shortList(cached, 10)} ${cached.length === 1 ? 'has' : 'have'} CacheConfig enabled and the same definition as in the reference run: ` +
            'SageMaker will likely serve the cached result, so the file change would not take effect. Update the pipeline ' +
            '(upsert it, which uploads the changed code) before this step, or disable caching for it.');
    }
}

;// CONCATENATED MODULE: ./src/core/cost.ts

/**
 * Assumed compute minutes of a step that no run read so far has timed, by step type. Rough orders of
 * magnitude (a tuning job runs many training jobs; a Condition or a Fail step costs nothing); they only
 * rank candidate runs and connectors when history says nothing, and the report marks them as defaults.
 */
const DEFAULT_MINUTES = {
    Tuning: 120,
    Training: 30,
    AutoML: 60,
    Transform: 15,
    Processing: 10,
    EMR: 20,
    QualityCheck: 10,
    ClarifyCheck: 10,
    Model: 1,
    CreateModel: 1,
    RegisterModel: 1,
    Lambda: 1,
    Callback: 5,
    Condition: 0,
    Fail: 0
};
/** Any other step type. */
const FALLBACK_MINUTES = 5;
/** How many of the newest runs that timed a step its estimate is the median of. */
const TIMED_RUNS = 5;
/**
 * Each step's estimated compute minutes: the median duration over the newest TIMED_RUNS step lists
 * that ran it (not reused, with a start and an end), else the default for its type. `runs` are step
 * lists newest first (what the plan already read: no extra API call).
 */
function estimateStepMinutes(graph, runs) {
    const minutes = new Map();
    const measured = new Set();
    for (const name of graph.topologicalOrder()) {
        const durations = [];
        for (const steps of runs) {
            const ran = ranMillis(steps.get(name));
            if (ran === undefined)
                continue;
            durations.push(ran / 60_000);
            if (durations.length === TIMED_RUNS)
                break;
        }
        if (durations.length > 0) {
            minutes.set(name, median(durations));
            measured.add(name);
        }
        else
            minutes.set(name, DEFAULT_MINUTES[graph.step(name).type] ?? FALLBACK_MINUTES);
    }
    return { minutes, measured };
}
function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
/** Estimated compute minutes a plan starts (a full run: every step). */
function planMinutes(plan, graph, minutes) {
    const steps = plan.fullRun ? graph.topologicalOrder() : plan.selected;
    return steps.reduce((sum, n) => sum + (minutes.get(n) ?? FALLBACK_MINUTES), 0);
}

;// CONCATENATED MODULE: ./src/core/duration.ts
/**
 * How long a step ran, in milliseconds, as its run recorded it; undefined when it did not run there
 * (reused from another run), has no start or end, or ends before it starts. The one definition the
 * estimates, the time saved and the step table share.
 */
function duration_ranMillis(state) {
    if (!state || state.reusedFrom !== undefined)
        return undefined;
    const { startTime, endTime } = state;
    if (startTime === undefined || endTime === undefined || !(endTime >= startTime))
        return undefined;
    return endTime - startTime;
}
/** "40 s", "~25 min", "1 h 5 min", "2 d 3 h": precise enough for a headline, never falsely exact. */
function formatDuration(seconds) {
    if (!Number.isFinite(seconds) || seconds <= 0)
        return '0 s';
    const whole = Math.round(seconds);
    if (whole < 60)
        return `${whole} s`;
    const minutes = Math.round(seconds / 60);
    if (minutes < 60)
        return `~${minutes} min`;
    const hours = Math.floor(minutes / 60);
    if (hours < 24) {
        const rest = minutes % 60;
        return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
    }
    const days = Math.floor(hours / 24);
    const restHours = hours % 24;
    return restHours === 0 ? `${days} d` : `${days} d ${restHours} h`;
}
/** An estimate in minutes, in the same units as formatDuration and always marked as approximate. */
function formatEstimate(minutes) {
    const text = formatDuration(minutes * 60);
    return text.startsWith('~') ? text : `~${text}`;
}

;// CONCATENATED MODULE: ./src/core/reference.ts


/**
 * How many eligible runs are ranked (by their own commit's tree diff: local git, or one compare call
 * per distinct commit), and how many of the best-ranked are planned in full (each costs a step list,
 * a parameter list and, when its definition differs from head's, a definition read).
 */
const MAX_CANDIDATES = 200;
const MAX_EVALUATED = 4;
/** How far the search widens when every one of the first MAX_EVALUATED would run every step. */
const MAX_EVALUATED_WIDE = 12;
/**
 * The listed runs that may be references (SPEC "Reference run"): Succeeded or Failed (a Stopped or
 * running one is refused by the service or unverified), and with a recorded commit (a run started
 * outside the action proves nothing about which code it ran). Newest first, at most MAX_CANDIDATES.
 */
function screenCandidates(listed) {
    const eligible = [];
    const rejected = [];
    for (const c of listed) {
        const refusal = statusRefusal(c.status);
        if (refusal)
            rejected.push({ arn: c.arn, reason: refusal });
        else if (!c.commit) {
            rejected.push({
                arn: c.arn,
                reason: 'no recorded commit (started outside the action), so nothing proves which code it ran; `selection: adopt` can vouch for it'
            });
        }
        else if (eligible.length >= MAX_CANDIDATES) {
            rejected.push({
                arn: c.arn,
                reason: `not ranked: only the newest ${MAX_CANDIDATES} eligible runs are`
            });
        }
        else
            eligible.push(c);
    }
    return { eligible, rejected };
}
/** Why a run in this status cannot be a reference, if it cannot: known from the listing alone. */
function statusRefusal(status) {
    if (status === 'Succeeded' || status === 'Failed')
        return undefined;
    const state = status === 'Stopped' ? 'its status is Stopped' : `it is still ${status}`;
    return `${state}; a reference run must have Succeeded or Failed`;
}
/** How many steps the plan starts: a full run counts every step. */
function stepsToRun(plan, graph) {
    return plan.fullRun ? graph.size : plan.selected.length;
}
/**
 * The post-choice rules, as a function of data (SPEC "Reference run"): of the evaluated candidates
 * (which must come newest first), `auto` takes the one whose plan costs the fewest estimated compute
 * minutes (`minutes` per step, core/cost.ts; without it every step counts the same), then runs the
 * fewest steps, then one that Succeeded, then the newer; `latest` the newest. A winner whose plan is
 * a full run is no reference at all: the run uses nothing from it, so the report must not cite it.
 * Every other candidate is rejected with why, its estimate beside it.
 */
function decideReference(evaluated, strategy, graph, minutes) {
    const count = (e) => stepsToRun(e.plan, graph);
    const cost = (e) => (minutes ? planMinutes(e.plan, graph, minutes) : count(e));
    // On a tie a run that Succeeded beats one that Failed (its outputs are whole, and a reviewer reads
    // what changed rather than what failed), then the newer wins.
    const healthier = (a, b) => a.candidate.status === 'Succeeded' && b.candidate.status !== 'Succeeded';
    const better = (a, b) => cost(a) !== cost(b) ? cost(a) < cost(b) : count(a) !== count(b) ? count(a) < count(b) : healthier(a, b);
    let best;
    for (const e of evaluated) {
        if (!best || (strategy === 'auto' && better(e, best)))
            best = e;
    }
    const rejected = [];
    for (const e of evaluated) {
        if (e === best)
            continue;
        rejected.push({
            arn: e.candidate.arn,
            reason: strategy === 'latest'
                ? 'a newer eligible run was chosen (reference: latest)'
                : comparison(e, best, count, minutes && cost)
        });
    }
    if (best?.plan.fullRun) {
        // Nothing is chosen: every candidate would run every step (or `latest` would).
        return {
            rejected: evaluated.map(e => ({
                arn: e.candidate.arn,
                reason: e.plan.fullRun
                    ? `would run every step (${e.plan.fullRunReason ?? 'full run'})`
                    : 'not used: reference: latest considers only the newest eligible run, which would run every step'
            }))
        };
    }
    return best ? { chosen: best, rejected } : { rejected };
}
function comparison(e, chosen, count, cost) {
    const n = count(e);
    const m = chosen === e ? n : count(chosen);
    const estimate = (x) => (cost ? ` (${formatEstimate(cost(x))})` : '');
    const runs = e.plan.fullRun
        ? `would run all ${n} ${steps(n)}${estimate(e)} (${e.plan.fullRunReason ?? 'full run'})`
        : `would run ${n} ${steps(n)}${estimate(e)}`;
    const sameCost = !cost || cost(e) === cost(chosen);
    if (sameCost && n === m) {
        return e.candidate.status !== 'Succeeded' && chosen.candidate.status === 'Succeeded'
            ? `${runs}, as many as the chosen run, which Succeeded`
            : `${runs}, as many as the chosen run, which is newer`;
    }
    return `${runs}; the chosen run needs ${m}${cost ? ` ${steps(m)}${estimate(chosen)}` : ''}`;
}
function steps(n) {
    return n === 1 ? 'step' : 'steps';
}

// EXTERNAL MODULE: ./src/core/data-locations.ts
var data_locations = __nccwpck_require__(3882);
;// CONCATENATED MODULE: ./src/core/definition-diff.ts


/** Paths reported per step (and for the pipeline level) before the rest is summed up as "…and N more". */
const MAX_PATHS = 20;
/**
 * Step keys whose difference cannot change what the step produces:
 * - `DisplayName`, `Description`: shown by Studio and `ListPipelineExecutionSteps`, never sent to the
 *   job (reference §3.3, common keys of `Step.to_request`).
 * - `RetryPolicies`: whether the service retries a failed attempt (reference §3.3); a successful
 *   attempt's output is the same.
 * - `CacheConfig`: whether a previous successful result may be served, and for how long. It is not
 *   part of any cache key (survey §3.1: the keys are job arguments per step type) nor of the job. But a
 *   selected step whose key attributes are unchanged can be answered from the cache instead of running
 *   (survey §3.2), so the diff flags it for the planner to warn.
 */
const NEUTRAL_STEP_KEYS = new Set(['DisplayName', 'Description', 'RetryPolicies', 'CacheConfig']);
/** `sagemaker.utils.sagemaker_timestamp()`: `%Y-%m-%d-%H-%M-%S-%f` cut to milliseconds. */
const WHOLE_TIMESTAMP = /^\d{4}-\d{2}-\d{2}-\d{2}-\d{2}-\d{2}-\d{3}$/;
/**
 * What the SDK generates inside a code upload's folder names: a timestamp as above, or a hex digest,
 * md5 (older SDKs, as in the corpus) or sha256 (`hash_files_or_dirs`), alone or after a name
 * (`<step>-<hash>`).
 */
const definition_diff_GENERATED = /(?<!\d)\d{4}-\d{2}-\d{2}-\d{2}-\d{2}-\d{2}-\d{3}(?!\d)|(?<![0-9a-f])(?:[0-9a-f]{64}|[0-9a-f]{32})(?![0-9a-f])/g;
/** The `@step` HMAC key, `secrets.token_hex(32)` drawn anew by every `StepsCompiler`. */
const FUNCTION_SECRET_PATH = 'Arguments.Environment.REMOTE_FUNCTION_SECRET_KEY';
/**
 * Compares the definition a reference run ran with the one about to run. Reuse is keyed by step name
 * (reference §1.4), so a step whose own object changed in an output-affecting key must re-run even if no
 * mapped file changed; a step that moved between Condition branches changed too, since it now runs
 * under another outcome. Nested branch arrays are left out of a Condition's comparison: those steps are
 * compared on their own. Each difference is one of (SPEC "What selects a step", rule 2):
 * - output-affecting (`paths`): selects the step;
 * - neutral (`neutral`): see `NEUTRAL_STEP_KEYS`, and DependsOn entries a property reference implies;
 * - volatile (`volatile`): see `isVolatile`.
 * A step with no output-affecting difference is `neutral`.
 *
 * @param referenceDoc, currentDoc the raw documents, for the pipeline-level keys (Parameters, …)
 */
function diffDefinitions(reference, current, referenceDoc, currentDoc) {
    const steps = [];
    for (const name of current.topologicalOrder()) {
        const before = reference.steps.get(name);
        if (!before)
            steps.push({ step: name, change: 'added', paths: [] });
        else {
            const diff = diffStep(before, current.step(name));
            if (diff)
                steps.push(diff);
        }
    }
    for (const name of reference.topologicalOrder()) {
        if (!current.has(name))
            steps.push({ step: name, change: 'removed', paths: [] });
    }
    const pipeline = (0,core_definition/* isObject */.Gv)(referenceDoc) && (0,core_definition/* isObject */.Gv)(currentDoc) ? diffPipeline(referenceDoc, currentDoc) : [];
    return { steps, pipeline: capped(pipeline) };
}
function diffStep(before, now) {
    const paths = [];
    const neutral = [];
    const volatile = [];
    let cacheConfigChanged = false;
    const from = placement(before);
    const to = placement(now);
    if (from !== to)
        paths.push(`(moved from ${from} to ${to})`);
    const a = (0,core_definition/* ownFields */.EE)(before);
    const b = (0,core_definition/* ownFields */.EE)(now);
    const builds = [buildTime(a), buildTime(b)];
    for (const key of unionKeys(a, b)) {
        if (key === 'DependsOn') {
            diffDependsOn(before, now, paths, neutral);
        }
        else if (NEUTRAL_STEP_KEYS.has(key)) {
            const count = neutral.length;
            diffValues(a[key], b[key], key, path => neutral.push(path));
            if (key === 'CacheConfig' && neutral.length > count)
                cacheConfigChanged = true;
        }
        else {
            diffValues(a[key], b[key], key, (path, x, y) => (isVolatile(path, x, y, builds) ? volatile : paths).push(path));
        }
    }
    if (paths.length + neutral.length + volatile.length === 0)
        return undefined;
    const diff = {
        step: now.name,
        change: paths.length > 0 ? 'changed' : 'neutral',
        paths: capped(paths)
    };
    if (neutral.length > 0)
        diff.neutral = capped(neutral);
    if (volatile.length > 0)
        diff.volatile = capped(volatile);
    if (cacheConfigChanged)
        diff.cacheConfigChanged = true;
    return diff;
}
/**
 * DependsOn is compared as a set: the service waits for every entry, in no order. In the SDK's
 * `PipelineGraph` (reference §3.7, step 3) a DependsOn entry and a `Steps.X` property reference make
 * the same edge. So an entry X that only one definition has changes nothing about when the step runs
 * if the other definition orders X first anyway, through a `Steps.X` reference in the step's own object:
 * neutral. Otherwise the step now waits, or no longer waits, for X, and with it for X's side effects (an
 * endpoint deployed, a model registered, a file written to a fixed S3 path): output-affecting.
 * Reported as `DependsOn[+X]` (added) and `DependsOn[-X]` (removed).
 */
function diffDependsOn(before, now, paths, neutral) {
    const a = dependsOn(before);
    const b = dependsOn(now);
    const readBefore = new Set((0,core_definition/* stepReferences */.$t)(before));
    const readNow = new Set((0,core_definition/* stepReferences */.$t)(now));
    for (const x of [...b].filter(x => !a.has(x)).sort())
        (readBefore.has(x) ? neutral : paths).push(`DependsOn[+${x}]`);
    for (const x of [...a].filter(x => !b.has(x)).sort())
        (readNow.has(x) ? neutral : paths).push(`DependsOn[-${x}]`);
}
function dependsOn(step) {
    const list = step.raw.DependsOn;
    return new Set(Array.isArray(list) ? list.filter((d) => typeof d === 'string') : []);
}
/**
 * A leaf difference that is a code location the SDK rewrites without the code necessarily changing,
 * so that the planner judges the step by its mapped files instead of by this text:
 * - `@step` build folder. The SDK's `StepsCompiler` stamps `pipeline_build_time = sagemaker_timestamp()`
 *   once per compilation (every upsert), passes it to every function step as `--func_step_s3_dir`, and
 *   uploads the pickled function, its dependencies and the workspace under
 *   `<s3_base_uri>/<step>/<build time>/…` and `<s3_base_uri>/sm_rf_user_ws/<build time>/…`; the channel
 *   of the workspace is named after it too. A string that differs only where one side has its own build
 *   time and the other side its own is volatile. So is `Environment.REMOTE_FUNCTION_SECRET_KEY`, the
 *   HMAC key of the pickles, drawn anew per compilation (`secrets.token_hex(32)`).
 * - SDK code upload. Processing and Training code goes to `s3://<bucket>/<pipeline>/code/<hash>/<file>`
 *   (survey §3.1, "S3 Artifact Folder Structure"), in older SDKs to
 *   `<base job name>-<timestamp>/input/code/<file>` and `…/source/sourcedir.tar.gz`, and a model's
 *   inference code to `<base job name>-<timestamp>/sourcedir.tar.gz`. Two such S3 URIs
 *   with the same bucket, the same basename and the same folders but for generated parts (`GENERATED`:
 *   a hash or a timestamp, the rest of the folder name equal) are volatile.
 * Anything else (another basename, bucket or folder, a data path, a timestamp outside these places)
 * stays output-affecting.
 */
function isVolatile(path, x, y, [before, after]) {
    if (typeof x !== 'string' || typeof y !== 'string')
        return false;
    if (before !== undefined && after !== undefined) {
        if (path === FUNCTION_SECRET_PATH)
            return true;
        const mark = '\u0000';
        if (x.split(before).join(mark) === y.split(after).join(mark))
            return true;
    }
    return isCodeUploadChange(x, y);
}
/** The `--func_step_s3_dir` value of an `@step` function step (a build timestamp), if it is one. */
function buildTime(own) {
    const args = (0,core_definition/* isObject */.Gv)(own.Arguments) ? own.Arguments : undefined;
    const spec = (0,core_definition/* isObject */.Gv)(args?.AlgorithmSpecification) ? args.AlgorithmSpecification : undefined;
    const list = spec?.ContainerArguments;
    if (!Array.isArray(list))
        return undefined;
    const i = list.indexOf('--func_step_s3_dir');
    const value = i >= 0 ? list[i + 1] : undefined;
    return typeof value === 'string' && WHOLE_TIMESTAMP.test(value) ? value : undefined;
}
function isCodeUploadChange(x, y) {
    const a = codeUpload(x);
    const b = codeUpload(y);
    if (!a || !b || a.length !== b.length)
        return false;
    // [bucket, …folders, basename]: bucket and basename must be equal, folders equal or both generated.
    if (a[0] !== b[0] || a.at(-1) !== b.at(-1))
        return false;
    return a.every((s, i) => s === b[i] || sameGenerated(s, b[i]));
}
/**
 * The segments `[bucket, …folders, basename]` of an SDK code upload URI (a JSON-quoted one too, as in
 * `sagemaker_submit_directory`): one with a `code` or `source` folder or named `sourcedir.tar.gz`.
 * Undefined for anything else. The quote, if any, is kept on the bucket so quoted ≠ unquoted.
 */
function codeUpload(value) {
    const m = /^("?)s3:\/\/([^"]*)\1$/.exec(value);
    if (!m)
        return undefined;
    const segments = m[2].split('/');
    if (segments.some(s => s === ''))
        return undefined;
    const folders = segments.slice(1, -1);
    const basename = segments.at(-1);
    const isCode = folders.includes('code') || folders.includes('source') || basename === 'sourcedir.tar.gz';
    return isCode ? [`${m[1]}${segments[0]}`, ...segments.slice(1)] : undefined;
}
/** Two different folder names equal but for generated parts. */
function sameGenerated(a, b) {
    const mask = (s) => s.replace(definition_diff_GENERATED, '\u0000');
    return mask(a) === mask(b);
}
function placement(step) {
    return step.condition ? `${step.branch ?? 'If'}Steps of ${step.condition}` : 'the top level';
}
/** Top-level keys other than Steps; Parameters are matched by Name so that reordering them is no change. */
function diffPipeline(before, after) {
    const paths = [];
    const add = (path) => {
        paths.push(path);
    };
    for (const key of unionKeys(before, after)) {
        if (key === 'Steps')
            continue;
        if (key === 'Parameters' && definition_diff_byName(before.Parameters) && definition_diff_byName(after.Parameters)) {
            diffValues(definition_diff_byName(before.Parameters), definition_diff_byName(after.Parameters), 'Parameters', add);
        }
        else {
            diffValues(before[key], after[key], (0,data_locations/* childPath */.cm)('', key), add);
        }
    }
    return paths;
}
/** A Parameters array as an object keyed by Name, or undefined when it is not a list of named objects. */
function definition_diff_byName(value) {
    if (value === undefined)
        return {};
    if (!Array.isArray(value))
        return undefined;
    const out = {};
    for (const p of value) {
        if (!(0,core_definition/* isObject */.Gv)(p) || typeof p.Name !== 'string' || p.Name in out)
            return undefined;
        out[p.Name] = p;
    }
    return out;
}
/**
 * Calls `found` with the path of every differing leaf and the two values there; a value present on one
 * side only is reported at its own path (the other value undefined).
 */
function diffValues(a, b, path, found) {
    if (Array.isArray(a) && Array.isArray(b)) {
        for (let i = 0; i < Math.max(a.length, b.length); i++) {
            const at = `${path}[${i}]`;
            if (i >= a.length || i >= b.length)
                found(at, a[i], b[i]);
            else
                diffValues(a[i], b[i], at, found);
        }
        return;
    }
    if ((0,core_definition/* isObject */.Gv)(a) && (0,core_definition/* isObject */.Gv)(b)) {
        for (const key of unionKeys(a, b)) {
            const at = (0,data_locations/* childPath */.cm)(path, key);
            if (!(key in a) || !(key in b))
                found(at, a[key], b[key]);
            else
                diffValues(a[key], b[key], at, found);
        }
        return;
    }
    if (!Object.is(a, b))
        found(path === '' ? '(whole value)' : path, a, b);
}
function unionKeys(a, b) {
    return [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
}
function capped(paths) {
    if (paths.length <= MAX_PATHS)
        return paths;
    return [...paths.slice(0, MAX_PATHS), `…and ${paths.length - MAX_PATHS} more`];
}

;// CONCATENATED MODULE: ./src/core/freshness.ts

const MAX_CHAIN = 25;
function judgeReference(reference, head, lookup) {
    const { graph } = head;
    const needs = new Map();
    const need = (arn, field) => {
        needs.set(`${arn} ${field}`, { arn, field });
    };
    /** The facts of a run when they hold every field asked for; otherwise records the needs. */
    const factsWith = (arn, fields) => {
        const facts = lookup(arn);
        if (facts?.unavailable)
            return { unavailable: facts.unavailable };
        let pending = false;
        for (const field of fields) {
            if (!has(facts, field)) {
                need(arn, field);
                pending = true;
            }
        }
        return pending || !facts ? 'pending' : facts;
    };
    const resolveMemo = new Map();
    const resolve = (step, run) => {
        const key = `${run}\u0000${step}`;
        let r = resolveMemo.get(key);
        if (!r) {
            r = follow(step, run);
            resolveMemo.set(key, r);
        }
        return r;
    };
    const follow = (step, start) => {
        const seen = new Set();
        let run = start;
        for (;;) {
            if (seen.has(run) || seen.size >= MAX_CHAIN) {
                return { unknown: `the chain of reused outputs from ${start} does not end (at ${run})` };
            }
            seen.add(run);
            const facts = factsWith(run, ['steps']);
            if (facts === 'pending')
                return { pending: true };
            if ('unavailable' in facts)
                return { unknown: `${run} cannot be read (${facts.unavailable})` };
            const entry = facts.steps.get(step);
            if (!entry)
                return { none: 'NotRun', run };
            if (entry.status !== 'Succeeded')
                return { none: entry.status, run };
            if (!entry.reusedFrom)
                return { producer: run };
            run = entry.reusedFrom;
        }
    };
    // Per producing run: what changed for each step since it (files, mapping, definition, parameters).
    const ownMemo = new Map();
    const codeMoved = new Set();
    const diffMemo = new Map();
    const fileMemo = new Map();
    const own = (step, producer) => {
        const key = `${producer}\u0000${step}`;
        let r = ownMemo.get(key);
        if (!r) {
            r = ownReasons(step, producer);
            ownMemo.set(key, r);
        }
        return r;
    };
    const ownReasons = (step, producer) => {
        const run = factsWith(producer, ['run']);
        if (run === 'pending')
            return 'pending';
        if ('unavailable' in run)
            return [{ kind: 'producer-unknown', detail: `${producer} cannot be read (${run.unavailable})` }];
        if (!run.commit)
            return [{ kind: 'unrecorded-producer', run: producer }];
        const facts = factsWith(producer, ['changes', 'mapping', 'definition', 'parameters']);
        if (facts === 'pending')
            return 'pending';
        if ('unavailable' in facts)
            return [{ kind: 'producer-unknown', detail: facts.unavailable ?? 'unreadable' }];
        // Named in the reason only when the output comes from an older run than the reference.
        const since = producer === reference ? undefined : producer;
        const reasons = [];
        const changes = facts.changes;
        if (!changes.complete) {
            reasons.push({
                kind: 'unknown-changes',
                detail: changes.detail ?? 'the changed files could not be read whole'
            });
        }
        else {
            reasons.push(...(filesFor(producer, changes).get(step) ?? []));
            reasons.push(...(filesFor(producer, changes).get('') ?? []));
        }
        const delta = facts.mapping;
        if (delta.all)
            reasons.push({ kind: 'mapping', detail: delta.all });
        else if (delta.steps.has(step))
            reasons.push({ kind: 'mapping', detail: 'its globs in the mapping file changed' });
        const diff = stepDiffs(facts.definition).get(step);
        if (diff?.change === 'added')
            reasons.push({ kind: 'new-step' });
        else if (diff && diff.change !== 'removed') {
            const paths = [...diff.paths];
            // A volatile code location (an upload path the SDK rewrites on every upsert) says nothing by its
            // text: the step's mapped files decide. A step without mapped files cannot be judged, so it runs.
            const volatile = diff.volatile ?? [];
            if (volatile.length > 0 && !head.mapping?.steps.get(step)?.length)
                paths.push(...volatile);
            else if (volatile.length > 0)
                codeMoved.add(step);
            if (paths.length > 0)
                reasons.push({ kind: 'definition', paths, since });
        }
        for (const name of graph.step(step).parameters) {
            const to = head.parameters.get(name);
            const from = facts.parameters.get(name) ?? defaultOf(facts.definition.graph.parameters.get(name));
            const def = graph.parameters.get(name);
            if (!sameValue(def, from, to)) {
                const reason = since ? { kind: 'parameter', name, since } : { kind: 'parameter', name };
                if (from !== undefined)
                    reason.from = from;
                if (to !== undefined)
                    reason.to = to;
                reasons.push(reason);
            }
        }
        return reasons;
    };
    /** Step → file reasons for a producer's change set ('' holds the all-steps reasons). */
    const filesFor = (producer, changes) => {
        let m = fileMemo.get(producer);
        if (m)
            return m;
        m = new Map();
        const add = (step, reason) => {
            const list = m.get(step) ?? [];
            list.push(reason);
            m.set(step, list);
        };
        if (head.mapping) {
            for (const file of changes.files) {
                const match = head.mapping.match(file);
                if (match.ignored)
                    continue;
                if (match.allSteps !== undefined)
                    add('', { kind: 'all-steps-file', file, glob: match.allSteps });
                for (const { step, glob } of match.steps) {
                    add(step, producer === reference
                        ? { kind: 'file', file, glob }
                        : { kind: 'file', file, glob, since: producer });
                }
            }
        }
        fileMemo.set(producer, m);
        return m;
    };
    const stepDiffs = (definition) => {
        let m = diffMemo.get(definition.hash);
        if (!m) {
            const diff = definition.hash === head.definition.hash
                ? { steps: [] }
                : diffDefinitions(definition.graph, graph, definition.document, head.definition.document);
            m = new Map(diff.steps.map(d => [d.step, d]));
            diffMemo.set(definition.hash, m);
        }
        return m;
    };
    // Whether the output a run `view` holds for a step stands for head, upstream included: the first
    // reason it does not, 'pending' while facts are missing, or undefined when it does.
    const standsMemo = new Map();
    const standsFor = (step, view) => {
        const key = `${view}\u0000${step}`;
        if (!standsMemo.has(key))
            standsMemo.set(key, judgeInView(step, view) ?? null);
        return standsMemo.get(key) ?? undefined;
    };
    const judgeInView = (step, view) => {
        const r = resolve(step, view);
        if ('pending' in r)
            return 'pending';
        if ('unknown' in r)
            return { kind: 'producer-unknown', detail: r.unknown };
        if ('none' in r)
            return { kind: 'failed-in-reference', status: r.none };
        const reasons = own(step, r.producer);
        if (reasons === 'pending')
            return 'pending';
        if (reasons.length > 0)
            return reasons[0];
        return consumed(step, r.producer);
    };
    /** Whether every upstream output the producer consumed for this step stands for head. */
    const consumed = (step, producer) => {
        let pending = false;
        for (const parent of graph.sorted(graph.parents(step))) {
            const verdict = standsFor(parent, producer);
            if (verdict === 'pending')
                pending = true;
            else if (verdict)
                return { kind: 'stale-input', step: parent, run: producer };
        }
        return pending ? 'pending' : undefined;
    };
    const stale = new Map();
    const branchExcluded = new Set();
    const producers = new Map();
    const refFacts = factsWith(reference, ['steps']);
    const excluded = refFacts !== 'pending' && !('unavailable' in refFacts)
        ? untakenBranches(graph, refFacts.steps)
        : new Set();
    for (const step of graph.topologicalOrder()) {
        const r = resolve(step, reference);
        if ('pending' in r)
            continue;
        if ('unknown' in r) {
            stale.set(step, [{ kind: 'producer-unknown', detail: r.unknown }]);
            continue;
        }
        if ('none' in r) {
            if (r.none === 'NotRun' && r.run === reference && excluded.has(step)) {
                // No output by design (its Condition took the other branch). Its own changes still select it
                // (SPEC rule 1): the next time its branch is taken, it must be what head says.
                const reasons = own(step, reference);
                if (reasons === 'pending')
                    continue;
                if (reasons.length > 0)
                    stale.set(step, reasons);
                else
                    branchExcluded.add(step);
            }
            else
                stale.set(step, [{ kind: 'failed-in-reference', status: r.none }]);
            continue;
        }
        const reasons = own(step, r.producer);
        if (reasons === 'pending')
            continue;
        const all = [...reasons];
        // Outputs the reference ran itself consumed the reference's own upstream outputs, which the
        // closure already judges; an output carried over from an older run consumed that run's.
        if (r.producer !== reference && all.length === 0) {
            const input = consumed(step, r.producer);
            if (input === 'pending')
                continue;
            if (input)
                all.push(input);
        }
        if (all.length > 0)
            stale.set(step, all);
        else
            producers.set(step, r.producer);
    }
    return { stale, branchExcluded, producers, codeMoved, needs: [...needs.values()] };
}
function has(facts, field) {
    if (!facts)
        return false;
    switch (field) {
        case 'run':
            return facts.status !== undefined;
        case 'steps':
            return facts.steps !== undefined;
        case 'parameters':
            return facts.parameters !== undefined;
        case 'definition':
            return facts.definition !== undefined;
        case 'changes':
            return facts.changes !== undefined;
        case 'mapping':
            return facts.mapping !== undefined;
    }
}
function defaultOf(def) {
    const v = def?.defaultValue;
    if (v === undefined)
        return undefined;
    if (typeof v === 'boolean')
        return v ? 'True' : 'False';
    return String(v);
}
/**
 * Two values of one parameter are the same when the service would see the same value: Booleans
 * ignore case, Integers and Floats compare as numbers ("6" and "6.0", "0.70" and "0.7"), Strings as
 * text. An absent value equals only an absent one.
 */
function sameValue(def, a, b) {
    if (a === undefined || b === undefined)
        return a === b;
    switch (def?.type) {
        case 'Boolean':
            return a.trim().toLowerCase() === b.trim().toLowerCase();
        case 'Integer':
        case 'Float': {
            const x = Number(a.trim());
            const y = Number(b.trim());
            return a.trim() !== '' && b.trim() !== '' && !Number.isNaN(x) && x === y;
        }
        default:
            return a === b;
    }
}
/**
 * Steps absent from a run because a Condition took the other branch: those nested in the untaken
 * branch of a Condition that reported an outcome, and everything downstream of them.
 */
function untakenBranches(graph, steps) {
    const direct = [];
    for (const node of graph.steps.values()) {
        if (!node.condition)
            continue;
        const outcome = steps.get(node.condition)?.outcome;
        if (!outcome)
            continue;
        const taken = outcome === 'True' ? 'If' : 'Else';
        if (node.branch !== taken)
            direct.push(node.name);
    }
    return new Set(graph.closure(direct));
}

// EXTERNAL MODULE: ./src/core/parameters.ts
var parameters = __nccwpck_require__(807);
// EXTERNAL MODULE: ./src/core/provenance.ts
var provenance = __nccwpck_require__(5240);
;// CONCATENATED MODULE: ./src/core/reason-text.ts
const reason_text_MAX_PATHS = 3;
/**
 * One short line a reviewer can check: the CLI, the PR comment and the job summary all say why a step
 * runs in these same words, so a plan reads the same wherever it is shown. Plain text (no markdown):
 * renderers escape it for their medium.
 */
function describeReason(reason) {
    switch (reason.kind) {
        case 'file':
            return ((reason.file === reason.glob
                ? `${reason.file} changed`
                : `${reason.file} changed (matches ${reason.glob})`) + sinceText(reason.since));
        case 'all-steps-file':
            return `${reason.file} changed (all-steps glob ${reason.glob})`;
        case 'unknown-changes':
            return `changed files unknown (${reason.detail})`;
        case 'definition':
            return ((reason.paths.length === 0
                ? 'step definition changed'
                : `definition changed at ${listPaths(reason.paths)}`) + sinceText(reason.since));
        case 'new-step':
            return 'new step (not in the reference run)';
        case 'parameter':
            return parameterText(reason) + sinceText(reason.since);
        case 'upstream':
            return `downstream of ${reason.step}, which runs`;
        case 'enclosing-condition':
            return `enclosing Condition of ${reason.of}`;
        case 'explicit':
            return 'named in the steps input';
        case 'selection-all':
            return 'full run';
        case 'failed-in-reference':
            return reason.status === 'NotRun'
                ? 'did not run in the reference run'
                : `${reason.status} in the reference run`;
        case 'coverage':
            return `coverage: ${reason.detail}`;
        case 'unrecorded-producer':
            return `its output in the reference comes from ${shortRun(reason.run)}, which has no recorded commit`;
        case 'producer-unknown':
            return `the run that produced its output cannot be established (${reason.detail})`;
        case 'stale-input':
            return `its output was made from ${reason.step} as in ${shortRun(reason.run)}, which is stale for head`;
        case 'mapping':
            return `mapping file changed: ${reason.detail}`;
        case 'needed-upstream':
            return `no output in the reference (its Condition took the other branch), and ${reason.of} needs it`;
        case 'connects':
            return `common upstream step joining the unconnected parts starting at ${reason.parts.join(', ')} (a selective execution is assumed to need connected steps; unverified)`;
    }
}
function listPaths(paths) {
    const shown = paths.slice(0, reason_text_MAX_PATHS).join(', ');
    return paths.length > reason_text_MAX_PATHS ? `${shown} and ${paths.length - reason_text_MAX_PATHS} more` : shown;
}
function parameterText(reason) {
    if (reason.from === undefined && reason.to === undefined)
        return `parameter ${reason.name} changed`;
    if (reason.from === undefined)
        return `parameter ${reason.name} set to ${quote(reason.to)}`;
    if (reason.to === undefined)
        return `parameter ${reason.name} removed (was ${quote(reason.from)})`;
    return `parameter ${reason.name} changed from ${quote(reason.from)} to ${quote(reason.to)}`;
}
function quote(value) {
    return JSON.stringify(value ?? '');
}
/** The execution id at the end of an execution ARN (the whole text when it is not one). */
function shortRun(arn) {
    const m = /\/execution\/([^/]+)$/.exec(arn);
    return m ? m[1] : arn;
}
function sinceText(since) {
    return since ? ` since ${shortRun(since)}` : '';
}

;// CONCATENATED MODULE: ./tools/cli/reference-steps.ts


const STATUSES = [
    'Starting',
    'Executing',
    'Stopping',
    'Stopped',
    'Failed',
    'Succeeded'
];
/** The ARN the CLI gives the reference run it is handed (there is no real execution behind it). */
const REFERENCE_ARN = 'reference';
/**
 * Reads `plan --reference-steps FILE`: the step states of the reference run, in either of two shapes.
 *
 * 1. The `ListPipelineExecutionSteps` response, as `aws sagemaker list-pipeline-execution-steps` prints
 *    it: `{"PipelineExecutionSteps": [{"StepName", "StepStatus", "SelectiveExecutionResult"?,
 *    "Metadata"?: {"Condition"?: {"Outcome"}}, "StartTime"?, "EndTime"?, "FailureReason"?}]}`. A step
 *    listed twice keeps its first entry (the API lists newest first).
 * 2. A map of step name to state: `{"Abalone-Train": {"status": "Succeeded", "reusedFrom"?, "outcome"?,
 *    "startTime"?, "endTime"?, "failureReason"?}}`, or just `{"Abalone-Train": "Succeeded"}`.
 *
 * Times are epoch seconds (as the API sends them) or ISO 8601 strings. Steps absent from the file did
 * not run in the reference. The run's status follows from its steps: Executing if one is still going,
 * else Failed if one failed, else Stopped if one stopped, else Succeeded.
 */
function parseReferenceSteps(doc, source) {
    if (!(0,core_definition/* isObject */.Gv)(doc))
        throw new src_errors/* UserError */.yo(`${source}: expected a JSON object (see plan --help for the format)`);
    const steps = new Map();
    if ('PipelineExecutionSteps' in doc) {
        const list = doc.PipelineExecutionSteps;
        if (!Array.isArray(list))
            throw new src_errors/* UserError */.yo(`${source}: PipelineExecutionSteps must be a list`);
        list.forEach((entry, i) => {
            const where = `${source}: PipelineExecutionSteps[${i}]`;
            if (!(0,core_definition/* isObject */.Gv)(entry) || typeof entry.StepName !== 'string' || entry.StepName === '') {
                throw new src_errors/* UserError */.yo(`${where} has no StepName`);
            }
            if (steps.has(entry.StepName))
                return;
            const state = { status: reference_steps_status(entry.StepStatus, `${where}.StepStatus`) };
            const reused = (0,core_definition/* isObject */.Gv)(entry.SelectiveExecutionResult)
                ? entry.SelectiveExecutionResult.SourcePipelineExecutionArn
                : undefined;
            if (typeof reused === 'string')
                state.reusedFrom = reused;
            const condition = (0,core_definition/* isObject */.Gv)(entry.Metadata) && (0,core_definition/* isObject */.Gv)(entry.Metadata.Condition) ? entry.Metadata.Condition : undefined;
            if (condition?.Outcome !== undefined)
                state.outcome = outcome(condition.Outcome, `${where}.Metadata.Condition.Outcome`);
            times(state, entry.StartTime, entry.EndTime, where);
            if (typeof entry.FailureReason === 'string')
                state.failureReason = entry.FailureReason;
            steps.set(entry.StepName, state);
        });
    }
    else {
        for (const [name, value] of Object.entries(doc)) {
            const where = `${source}: ${name}`;
            if (typeof value === 'string') {
                steps.set(name, { status: reference_steps_status(value, where) });
                continue;
            }
            if (!(0,core_definition/* isObject */.Gv)(value))
                throw new src_errors/* UserError */.yo(`${where} must be a status string or an object with "status"`);
            const state = { status: reference_steps_status(value.status, `${where}.status`) };
            if (value.reusedFrom !== undefined) {
                if (typeof value.reusedFrom !== 'string')
                    throw new src_errors/* UserError */.yo(`${where}.reusedFrom must be an execution ARN`);
                state.reusedFrom = value.reusedFrom;
            }
            if (value.outcome !== undefined)
                state.outcome = outcome(value.outcome, `${where}.outcome`);
            times(state, value.startTime, value.endTime, where);
            if (typeof value.failureReason === 'string')
                state.failureReason = value.failureReason;
            steps.set(name, state);
        }
    }
    return { arn: REFERENCE_ARN, status: executionStatus(steps), createdAt: 0, steps };
}
function reference_steps_status(value, where) {
    if (typeof value === 'string' && STATUSES.includes(value))
        return value;
    throw new src_errors/* UserError */.yo(`${where} is ${JSON.stringify(value) ?? 'missing'}; a step status is one of ${STATUSES.join(', ')}`);
}
function outcome(value, where) {
    if (value === 'True' || value === true)
        return 'True';
    if (value === 'False' || value === false)
        return 'False';
    throw new src_errors/* UserError */.yo(`${where} is ${JSON.stringify(value)}; a Condition outcome is "True" or "False"`);
}
function times(state, start, end, where) {
    const startTime = epochMs(start, `${where} start time`);
    const endTime = epochMs(end, `${where} end time`);
    if (startTime !== undefined)
        state.startTime = startTime;
    if (endTime !== undefined)
        state.endTime = endTime;
}
function epochMs(value, where) {
    if (value === undefined || value === null)
        return undefined;
    if (typeof value === 'number' && Number.isFinite(value))
        return Math.round(value * 1000);
    if (typeof value === 'string' && !Number.isNaN(Date.parse(value)))
        return Date.parse(value);
    throw new src_errors/* UserError */.yo(`${where} is ${JSON.stringify(value)}; give epoch seconds or an ISO 8601 date`);
}
function executionStatus(steps) {
    const all = [...steps.values()].map(s => s.status);
    if (all.some(s => s === 'Starting' || s === 'Executing' || s === 'Stopping'))
        return 'Executing';
    if (all.includes('Failed'))
        return 'Failed';
    if (all.includes('Stopped'))
        return 'Stopped';
    return 'Succeeded';
}

;// CONCATENATED MODULE: ./tools/cli/plan-command.ts











const PLAN_HELP = `Usage: plan --definition FILE [--config FILE [--pipeline NAME]] [--changed FILE...]
            [--reference-steps FILE] [--json]

Shows which steps a selective execution would run for the given changed files, and why, without
touching AWS or GitHub: the same planner the action uses, with selection "affected" and the
downstream closure.

Options:
  --definition FILE       pipeline definition JSON
  --config FILE           mapping file (.github/sagemaker-pipelines.yml); without it files select nothing
  --pipeline NAME         pipeline entry of the mapping file (default: its only pipeline)
  --changed FILE...       changed file paths, repo-relative; repeat the option or list several after it;
                          "-" reads newline-separated paths from standard input
  --reference-steps FILE  step states of the reference run, either the ListPipelineExecutionSteps response
                            {"PipelineExecutionSteps":[{"StepName":"A","StepStatus":"Succeeded"},...]}
                          or a map {"A":{"status":"Succeeded","outcome":"True"},"B":"Failed"}
                          (steps left out did not run). Without it, the plan assumes a reference run in
                          which every step succeeded.
  --json                  print {"selected":[...],"reasons":{"Step":["why",...]},"full_run":bool}
  -h, --help              show this help
`;
const plan_command_OPTIONS = ['definition', 'config', 'pipeline', 'changed', 'reference-steps', 'json', 'help'];
function planCommand(argv, io) {
    const { values, positionals } = parseOrUsage('plan', plan_command_OPTIONS, () => (0,external_node_util_namespaceObject.parseArgs)({
        args: argv,
        allowPositionals: true,
        options: {
            definition: { type: 'string' },
            config: { type: 'string' },
            pipeline: { type: 'string' },
            changed: { type: 'string', multiple: true },
            'reference-steps': { type: 'string' },
            json: { type: 'boolean', default: false },
            help: { type: 'boolean', short: 'h', default: false }
        }
    }));
    if (values.help) {
        io.stdout(PLAN_HELP);
        return 0;
    }
    const definitionFile = requireOption('plan', 'definition', values.definition);
    if (values.pipeline !== undefined && values.config === undefined) {
        throw new UsageError('plan: --pipeline names an entry of the mapping file; give the file with --config');
    }
    if (positionals.length > 0 && values.changed === undefined) {
        throw new UsageError(`plan: unexpected argument ${JSON.stringify(positionals[0])}; list changed files after --changed`);
    }
    const graph = (0,core_definition/* parseDefinition */.JA)(readInput(io, '--definition', definitionFile), definitionFile);
    const notes = [];
    const mapping = values.config === undefined ? undefined : loadMapping(io, values.config, values.pipeline, graph);
    const files = changedFiles(io, [...(values.changed ?? []), ...positionals]);
    if (!mapping && files.length > 0)
        notes.push('no --config given: changed files select no step');
    let reference;
    const referenceFile = values['reference-steps'];
    if (referenceFile !== undefined) {
        reference = parseReferenceSteps(readJson(io, '--reference-steps', referenceFile), referenceFile);
        const unknown = [...reference.steps.keys()].filter(n => !graph.has(n));
        if (unknown.length > 0)
            notes.push(`--reference-steps names steps the definition does not have: ${unknown.join(', ')}`);
    }
    else {
        reference = everyStepSucceeded(graph);
    }
    // The reference ran this same definition at a commit whose difference to head is the --changed
    // files: the same freshness judge and post-choice rules as the action, offline.
    const document = JSON.parse(readInput(io, '--definition', definitionFile));
    const definition = { graph, document, hash: (0,provenance/* definitionHash */.cn)(document) };
    const defaults = (0,parameters/* runParameters */.YA)(graph, {}).values;
    const facts = {
        arn: reference.arn,
        status: reference.status,
        commit: 'given-with-changed',
        // Offline, an output the reference reused stands for the run it came from: nothing else is known.
        steps: new Map([...reference.steps].map(([name, state]) => [name, { ...state, reusedFrom: undefined }])),
        parameters: defaults,
        definition,
        changes: { files, complete: true, detail: 'given with --changed' },
        mapping: { steps: new Set() }
    };
    const judgement = judgeReference(reference.arn, { graph, definition, parameters: defaults, mapping }, arn => arn === reference.arn ? facts : { arn, unavailable: 'only the --reference-steps run is known offline' });
    const planWith = (ref) => planSelection({
        graph,
        mapping,
        changes: { files, complete: true, detail: 'given with --changed' },
        selection: 'affected',
        downstream: true,
        reference: ref,
        freshness: ref ? judgement : undefined
    });
    const decision = decideReference([{ candidate: { ...reference }, plan: planWith(reference), detail: undefined }], 'latest', graph);
    const plan = decision.chosen?.plan ?? planWith(reference);
    // As the action does: a reference whose plan would run everything is no reference at all.
    if (!decision.chosen && decision.rejected[0]) {
        notes.push(`the reference run is not used: ${decision.rejected[0].reason}`);
    }
    const warnings = [...notes, ...plan.warnings];
    if (values.json) {
        io.stdout(`${JSON.stringify(planJson(plan))}\n`);
        for (const w of warnings)
            io.stderr(`warning: ${w}\n`);
    }
    else {
        const header = {
            title: mapping ? `${mapping.pipeline} (${definitionFile})` : definitionFile,
            files,
            offline: referenceFile === undefined
        };
        io.stdout(planText(graph, plan, header, warnings));
    }
    return 0;
}
/** The `plan --json` document. */
function planJson(plan) {
    return {
        selected: plan.selected,
        reasons: Object.fromEntries(plan.selected.map(s => [s, (plan.reasons[s] ?? []).map(describeReason)])),
        full_run: plan.fullRun
    };
}
function loadMapping(io, file, pipeline, graph) {
    const mappingFile = loadMappingFile(readInput(io, '--config', file), file);
    const name = pipeline ?? defaultPipeline(mappingFile);
    if (name === undefined) {
        const names = mappingFile.pipelineNames().join(', ');
        throw new UsageError(`plan: ${file} lists several pipelines (${names}); choose one with --pipeline`);
    }
    return mappingFile.forPipeline(name, graph);
}
/** Repo-relative paths, in the order given, without duplicates; `-` stands for standard input. */
function changedFiles(io, values) {
    const out = new Set();
    for (const value of values) {
        const lines = value === '-' ? readInput(io, '--changed', '-').split(/\r?\n/) : [value];
        for (const line of lines) {
            const file = line.trim().replace(/^\.\//, '');
            if (file !== '')
                out.add(file);
        }
    }
    return [...out];
}
/** Offline planning: a reference in which everything ran and succeeded, so anything may be reused. */
function everyStepSucceeded(graph) {
    const steps = new Map(graph.topologicalOrder().map(name => [name, { status: 'Succeeded' }]));
    return { arn: REFERENCE_ARN, status: 'Succeeded', createdAt: 0, steps };
}
function planText(graph, plan, header, warnings) {
    const lines = [`Plan for ${header.title}: ${graph.size} steps`];
    lines.push(header.offline
        ? 'Reference: none given; planning as if a reference run exists in which every step succeeded (use --reference-steps FILE for a real one)'
        : 'Reference: the step states given with --reference-steps');
    lines.push(`Changed files (${header.files.length}):${header.files.length === 0 ? ' none' : ''}`);
    for (const f of header.files.slice(0, 50))
        lines.push(`  ${f}`);
    if (header.files.length > 50)
        lines.push(`  … and ${header.files.length - 50} more`);
    lines.push('');
    if (plan.selected.length === 0) {
        lines.push('Nothing to run: no step is affected.');
    }
    else {
        lines.push(plan.fullRun
            ? `Full run (every step runs): ${plan.fullRunReason ?? 'no reason given'}.`
            : `Run ${plan.selected.length} of ${graph.size} steps (selective execution):`);
        const width = Math.max(...plan.selected.map(s => s.length));
        for (const step of plan.selected) {
            const reasons = (plan.reasons[step] ?? []).map(describeReason);
            lines.push(`  ${step.padEnd(width)}  ${reasons[0] ?? ''}`.trimEnd());
            for (const more of reasons.slice(1))
                lines.push(`  ${''.padEnd(width)}  ${more}`);
        }
        if (!plan.fullRun) {
            lines.push(`Reused from the reference run (${plan.reused.length}): ${plan.reused.join(', ') || 'none'}`);
            lines.push(`Not run (${plan.notRun.length}): ${plan.notRun.join(', ') || 'none'}`);
        }
    }
    if (warnings.length > 0) {
        lines.push('', 'Warnings:');
        for (const w of warnings)
            lines.push(`  - ${w}`);
    }
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./tools/cli/cli.ts








const USAGE = `Usage: sagemaker-selective-execution <command> [options]

The action's planning engine on the command line: no GitHub, no AWS account needed.

Commands:
  graph     steps and edges of a pipeline definition
  plan      the steps a change would run, and why (offline)
  init      write a starter mapping file for a definition, with globs guessed from its code locations
  check     check a mapping file against the definition and the repository's files
  emulator  start the local SageMaker Pipelines emulator
  demo      the action end to end on the emulator (what \`npm run demo\` runs)

Run a command with --help for its options.
`;
const COMMANDS = {
    graph: graphCommand,
    plan: planCommand,
    init: initCommand,
    check: checkCommand,
    emulator: emulatorCommand,
    demo: demoCommand
};
/**
 * Runs one command and returns the exit code: 0 on success, 1 when what the user pointed at is wrong
 * (missing file, bad JSON, unknown pipeline or step), 2 when the command line itself is. Never throws,
 * so tests call it in-process and `index.ts` only sets the exit code.
 */
async function runCli(argv, io) {
    const [command, ...rest] = argv;
    try {
        if (command === undefined)
            throw new UsageError(`no command given\n\n${USAGE}`);
        if (command === '--help' || command === '-h' || command === 'help') {
            io.stdout(USAGE);
            return 0;
        }
        const run = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
        if (!run) {
            throw new UsageError(`unknown command "${command}"${(0,src_errors/* didYouMean */.au)(command, Object.keys(COMMANDS))}; the commands are ${Object.keys(COMMANDS).join(', ')}`);
        }
        return await run(rest, io);
    }
    catch (error) {
        if (error instanceof UsageError) {
            io.stderr(`error: ${error.message}\n`);
            return 2;
        }
        io.stderr(error instanceof src_errors/* UserError */.yo ? `error: ${error.message}\n` : `internal error: ${messageOf(error)}\n`);
        return 1;
    }
}

;// CONCATENATED MODULE: ./tools/cli/index.ts


/** The `bin` entry: real stdio and files, then the exit code. */
async function main(argv) {
    process.exitCode = await runCli(argv, {
        stdout: text => process.stdout.write(text),
        stderr: text => process.stderr.write(text),
        readFile: path => external_node_fs_default().readFileSync(path === '-' ? 0 : path, 'utf8')
    });
}
void main(process.argv.slice(2));

