import { Role } from './roles.js';

/** The signed-in caller of a request or a subscription, as its access token says. */
export interface Viewer {
  userId: string;
  role: Role;
  /** The customer's company; null for staff. */
  accountId: string | null;
  sessionId: string;
  /** When the access token stops being valid. */
  expiresAt: Date;
}

export function isStaff(viewer: Viewer | null): boolean {
  return viewer !== null && (viewer.role === Role.STAFF || viewer.role === Role.ADMIN);
}
