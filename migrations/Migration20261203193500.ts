import { Migration } from '@mikro-orm/migrations';

export class Migration20261203193500 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "products" add column "search_text" varchar(400) not null default '';`);
    // Rows written before this column: fold Romanian letters here; the entity's hook
    // (src/catalog/search-text.ts) folds every later write.
    this.addSql(`update "products" set "search_text" = lower(translate("sku" || ' ' || "name", 'ĂÂÎȘŞȚŢăâîșşțţ', 'AAISSTTaaisstt'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "products" drop column "search_text";`);
  }

}
