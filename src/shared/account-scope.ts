import { isStaff, type Viewer } from '../auth/viewer.js';
import { isRecordId } from './ids.js';

// The nil UUID: no record has it, so a filter on it matches nothing.
const NO_ACCOUNT = '00000000-0000-0000-0000-000000000000';

/**
 * The account filter of a list of quotes, orders or invoices: a customer's
 * own account whatever it asked for; for staff, the account asked for, or
 * every account when none was.
 */
export function accountScope(
  viewer: Viewer,
  requested: string | null | undefined,
): { account?: string } {
  if (!isStaff(viewer)) return { account: viewer.accountId ?? NO_ACCOUNT };
  if (requested === null || requested === undefined) return {};
  return { account: isRecordId(requested) ? requested : NO_ACCOUNT };
}
