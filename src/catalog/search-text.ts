/**
 * Folds text for searching: lower case and without diacritics, so that
 * "surub" finds "Șurub" and "ȘURUB". Done here rather than with PostgreSQL's
 * lower()/ILIKE, whose case folding of letters beyond ASCII depends on the
 * database's locale (none at all under the `C` locale).
 */
export function searchText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Escapes LIKE wildcards so that `50%` or `A_B` match those very characters. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** A LIKE pattern matching folded values that contain the folded `search`. */
export function containsPattern(search: string): string {
  return `%${escapeLike(searchText(search))}%`;
}
