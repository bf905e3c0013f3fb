import { Authorized, type AuthChecker } from 'type-graphql';
import { Role } from '../auth/roles.js';
import { Forbidden, Unauthenticated } from '../shared/errors.js';
import type { Context } from './context.js';

/**
 * Every query, mutation and subscription declares who may call it with one of
 * these decorators; `test/access.test.ts` fails for a root field without one.
 */
const ANYONE = 'ANYONE';

/** Open to anonymous callers (login, account requests, password resets). */
export const Public = () => Authorized(ANYONE);

/** Any signed-in user. */
export const SignedIn = () => Authorized(Role.CUSTOMER, Role.STAFF, Role.ADMIN);

/** Users of a customer company. */
export const CustomerOnly = () => Authorized(Role.CUSTOMER);

/** Staff and administrators. */
export const StaffOnly = () => Authorized(Role.STAFF, Role.ADMIN);

/** Administrators only. */
export const AdminOnly = () => Authorized(Role.ADMIN);

/** type-graphql's guard: anonymous callers are unauthenticated, other roles forbidden. */
export const authChecker: AuthChecker<Context, string> = ({ context }, roles) => {
  if (roles.includes(ANYONE)) return true;
  if (context.viewer === null) throw new Unauthenticated();
  if (!roles.includes(context.viewer.role)) throw new Forbidden();
  return true;
};
