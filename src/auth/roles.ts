import { registerEnumType } from 'type-graphql';

export enum Role {
  CUSTOMER = 'CUSTOMER',
  STAFF = 'STAFF',
  ADMIN = 'ADMIN',
}

export enum UserStatus {
  /** Created, waiting for the person to set a password through the emailed link. */
  INVITED = 'INVITED',
  ACTIVE = 'ACTIVE',
  DISABLED = 'DISABLED',
}

export const STAFF_ROLES: readonly Role[] = [Role.STAFF, Role.ADMIN];

export function isStaffRole(role: Role): boolean {
  return STAFF_ROLES.includes(role);
}

registerEnumType(Role, { name: 'Role' });
registerEnumType(UserStatus, { name: 'UserStatus' });
