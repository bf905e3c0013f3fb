import { BadUserInput } from '../errors.js';

// The weights ANAF applies to the digits before the control digit, right-aligned.
const CUI_WEIGHTS = [7, 5, 3, 2, 1, 7, 5, 3, 2];

/**
 * The CUI's digits without the `RO` prefix when it is a valid Romanian CUI/CIF
 * (2 to 10 digits whose last one is the control digit), otherwise null.
 * Spaces and a leading `RO` (any case) are accepted.
 */
export function normalizeCui(raw: string): string | null {
  const compact = raw.replace(/\s+/g, '').toUpperCase().replace(/^RO/, '');
  if (!/^[1-9]\d{1,9}$/.test(compact)) return null;

  const body = compact.slice(0, -1).padStart(CUI_WEIGHTS.length, '0');
  const sum = [...body].reduce((total, digit, i) => total + Number(digit) * CUI_WEIGHTS[i]!, 0);
  const control = ((sum * 10) % 11) % 10;

  return control === Number(compact.at(-1)) ? compact : null;
}

/** The normalised CUI, or BAD_USER_INPUT on `field`. */
export function checkCui(raw: string, field: string): string {
  const cui = normalizeCui(raw);
  if (cui === null) {
    throw new BadUserInput(
      field,
      'The CUI is not valid: check its digits (2 to 10, with or without RO; '
        + 'the last is a control digit).',
    );
  }
  return cui;
}
