import { appLink } from '../mail/links.js';

/** Where staff open an account in the web app. */
export function staffAccountLink(appUrl: string, accountId: string): string {
  return appLink(appUrl, `/staff/accounts/${accountId}`);
}

/** The web app's page to download the pre-filled agreement and upload it signed. */
export function agreementLink(appUrl: string, secret: string): string {
  return appLink(appUrl, '/account-request/agreement', { token: secret });
}
