/** What a one-time token lets its holder do. */
export enum TokenPurpose {
  /** Set the first password of an invited user; valid 7 days. */
  ACTIVATE_USER = 'ACTIVATE_USER',
  /** Replace a forgotten password; valid 24 hours. */
  RESET_PASSWORD = 'RESET_PASSWORD',
  /** Download the pre-filled agreement of a pending account and upload it signed. */
  UPLOAD_AGREEMENT = 'UPLOAD_AGREEMENT',
}

export const TOKEN_TTL_MS: Record<TokenPurpose, number> = {
  [TokenPurpose.ACTIVATE_USER]: 7 * 24 * 60 * 60 * 1000,
  [TokenPurpose.RESET_PASSWORD]: 24 * 60 * 60 * 1000,
  [TokenPurpose.UPLOAD_AGREEMENT]: 30 * 24 * 60 * 60 * 1000,
};
