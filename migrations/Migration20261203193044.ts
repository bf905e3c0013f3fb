import { Migration } from '@mikro-orm/migrations';

export class Migration20261203193044 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "price_lists" drop constraint "price_lists_name_unique";`);

    this.addSql(`create unique index "price_lists_name_lower_unique" on "price_lists" (lower("name"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "price_lists_name_lower_unique";`);

    this.addSql(`alter table "price_lists" add constraint "price_lists_name_unique" unique ("name");`);
  }

}
