import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from '../logging/logger.js';
import { NotFound } from '../shared/errors.js';
import { actorFor, recordChanges } from './account-changes.js';
import { claimCui, lockAccount } from './account-guards.js';
import { checkAccountUpdate } from './account-input-checks.js';
import type { UpdateAccountInput } from './account-inputs.js';
import type { Account } from './account.entity.js';
import { Address } from './address.embeddable.js';

/** A customer changing their own company's data, with the checks of a request. */
export class MyAccountService {
  constructor(private readonly log: Logger) {}

  async update(
    em: EntityManager,
    viewer: { userId: string; accountId: string | null },
    input: UpdateAccountInput,
  ): Promise<Account> {
    if (viewer.accountId === null) throw new NotFound('Your company\'s account');
    const changes = checkAccountUpdate(input);

    const account = await em.transactional(async (tx) => {
      const actor = await actorFor(tx, viewer.userId);
      const locked = await lockAccount(tx, viewer.accountId!);
      if (changes.cui !== undefined && changes.cui !== locked.cui) {
        await claimCui(tx, changes.cui, locked.id);
      }

      const before = {
        companyName: locked.companyName,
        cui: locked.cui,
        address: { ...locked.address },
      };
      if (changes.companyName !== undefined) locked.companyName = changes.companyName;
      if (changes.cui !== undefined) locked.cui = changes.cui;
      if (changes.address !== undefined) {
        locked.address = Object.assign(new Address(), changes.address);
      }

      recordChanges(tx, locked, actor, before, {
        companyName: locked.companyName,
        cui: locked.cui,
        address: { ...locked.address },
      });
      return locked;
    });

    this.log.info({ accountId: account.id, userId: viewer.userId }, 'account data changed');
    return account;
  }
}
