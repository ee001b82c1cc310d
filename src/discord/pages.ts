/**
 * Splits items into pages of whole items: a page ends before the item that would take it past
 * `maxChars` (as measured by `cost`) or `maxItems`. An item is never split across pages.
 */
export function pack<T>(items: T[], cost: (item: T) => number, maxChars: number, maxItems: number): T[][] {
  const pages: T[][] = [];
  let page: T[] = [];
  let used = 0;
  for (const item of items) {
    const c = cost(item);
    if (page.length && (page.length >= maxItems || used + c > maxChars)) {
      pages.push(page);
      page = [];
      used = 0;
    }
    page.push(item);
    used += c;
  }
  if (page.length) pages.push(page);
  return pages;
}

/** A 0-based page index kept within the pages there are. */
export const clampPage = (index: number, pages: number): number =>
  Math.min(Math.max(Number.isFinite(index) ? index : 0, 0), Math.max(pages - 1, 0));
