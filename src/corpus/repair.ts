import { REFERENCE_MARK } from './boilerplate.js';

/**
 * Text for language work, not for display: puts back spaces lost in scraping
 * ("Washington,President", "disputes,security"), straightens quotes and folds white space.
 * Citations keep quoting the original.
 */
export function repairText(text: string): string {
  return (
    text
      .replace(/(\p{Ll})([,;:])(\p{L})/gu, '$1$2 $3')
      .replace(/(\p{Ll}{2})\.(\p{Lu}\p{Ll})/gu, '$1. $2')
      .replace(/[‘’‛]/g, "'")
      .replace(/[“”«»]/g, '"')
      .replace(/[‐‑‒–—]/g, (d) => (d === '‐' || d === '‑' ? '-' : ' - '))
      .replace(REFERENCE_MARK, '')
      // Markdown emphasis and code marks are layout, not words.
      .replace(/(\*\*|__|\*|`)(?=\S)([^*_`]+?)(?<=\S)\1/g, '$2')

      .replace(/\s+/g, ' ')
      .trim()
  );
}
