/**
 * Lines that belong to the web page, not to the story. Matched on a whole trimmed line,
 * case-insensitively. Kept generic: site furniture seen across news sites, never a phrase
 * of one article.
 */
const LINE_PATTERNS: RegExp[] = [
  /^skip to (?:main )?content\.?$/i,
  /^(?:read also|read more|also read|see also|related(?: articles| stories| news)?|latest(?: news| stories)?|more from .{1,40}|recommended(?: for you)?|trending(?: now)?|advertisement|sponsored(?: content)?|most read|popular|top stories|you may also like|you might also like|editor'?s picks?|share|share this|comments?|leave a comment|leave a reply|print|email|menu|search|close|loading\.*)\s*:?\s*$/i,
  /^did you find an error or inaccuracy\??$/i,
  // "Read also: <another story's headline>" links elsewhere; it is not this story's text.
  /^(?:read also|read more|also read|see also|related|more|watch|listen)\s*:\s*\S/i,
  /^we will consider your comments/i,
  /^did you know\??$/i,
  /^pro tip:?$/i,
  /^(?:tags?|topics?|filed under|categories)\s*:/i,
  /^home\s*[»>›|/]/i,
  /\b(?:share (?:this|the) (?:article|story|post)|subscribe to (?:our|the) (?:newsletter|channel)|sign up for (?:our|the) newsletter|join the conversation|follow us on|click here to|download (?:our|the) app)\b/i,
  /\b(?:uses akismet|learn how your comment data|all rights reserved|cookie policy|privacy policy|terms of (?:use|service))\b/i,
  /^(?:photo|image|video|file photo|credit)\s*:/i,
];

/** A heading that opens a list of references or outlets: the list below it is not story text. */
const SOURCE_LIST_HEADING = /^(?:sources?|references|further reading|external links|notes)\s*:?\s*$/i;

/** Bracketed reference markers such as [1] or [[2]] carry no meaning for answers. */
export const REFERENCE_MARK = /\s*\[\[?\d+\]?\]/g;

export const isBoilerplate = (line: string): boolean => LINE_PATTERNS.some((re) => re.test(line));

export const opensSourceList = (line: string): boolean => SOURCE_LIST_HEADING.test(line);
