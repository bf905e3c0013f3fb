import { Migration } from '@mikro-orm/migrations';

export class Migration20261203191720 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "products" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "sku" varchar(64) not null, "name" varchar(300) not null, "unit" varchar(20) not null, "list_price" numeric(14,2) not null, "currency" varchar(3) not null default 'RON', "vat_rate" numeric(5,2) not null, constraint "products_pkey" primary key ("id"));`);
    this.addSql(`alter table "products" add constraint "products_sku_unique" unique ("sku");`);
    this.addSql(`create index "products_name_index" on "products" ("name");`);

    this.addSql(`create table "price_entries" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "price_list_id" uuid not null, "product_id" uuid not null, "unit_price" numeric(14,2) not null, constraint "price_entries_pkey" primary key ("id"));`);
    this.addSql(`create index "price_entries_product_id_index" on "price_entries" ("product_id");`);
    this.addSql(`alter table "price_entries" add constraint "price_entries_price_list_id_product_id_unique" unique ("price_list_id", "product_id");`);

    this.addSql(`alter table "price_entries" add constraint "price_entries_price_list_id_foreign" foreign key ("price_list_id") references "price_lists" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "price_entries" add constraint "price_entries_product_id_foreign" foreign key ("product_id") references "products" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "price_entries" drop constraint "price_entries_product_id_foreign";`);

    this.addSql(`drop table if exists "products" cascade;`);

    this.addSql(`drop table if exists "price_entries" cascade;`);
  }

}
