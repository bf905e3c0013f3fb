import { Migration } from '@mikro-orm/migrations';

export class Migration20261203195711 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "quote_status" as enum ('DRAFT', 'SENT', 'AWAITING_APPROVAL', 'CONFIRMED', 'REJECTED', 'CANCELLED', 'EXPIRED');`);
    this.addSql(`create type "quote_origin" as enum ('STAFF', 'CUSTOMER');`);
    this.addSql(`create type "sales_order_status" as enum ('CONFIRMED', 'IN_PRODUCTION', 'READY_FOR_DELIVERY', 'DELIVERED', 'CANCELLED');`);
    this.addSql(`create type "invoice_status" as enum ('ISSUED', 'PARTIALLY_PAID', 'PAID', 'CANCELLED');`);
    this.addSql(`create type "author_role" as enum ('CUSTOMER', 'STAFF');`);
    this.addSql(`create table "document_counters" ("prefix" varchar(8) not null, "year" int not null, "last" int not null, constraint "document_counters_pkey" primary key ("prefix", "year"));`);

    this.addSql(`create table "quotes" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "number" varchar(20) not null, "account_id" uuid not null, "status" "quote_status" not null, "origin" "quote_origin" not null, "valid_until" date null, "revision" int not null default 1, "note" text null, "currency" varchar(3) not null, "subtotal" numeric(14,2) not null, "tax_total" numeric(14,2) not null, "total" numeric(14,2) not null, "delivery_address_id" uuid null, "delivery_method" "delivery_method" null, "created_by_id" uuid null, "payment_required" boolean null, "customer_notified_at" timestamptz null, "staff_notified_at" timestamptz null, constraint "quotes_pkey" primary key ("id"));`);
    this.addSql(`alter table "quotes" add constraint "quotes_number_unique" unique ("number");`);
    this.addSql(`create index "quotes_created_at_index" on "quotes" ("created_at");`);
    this.addSql(`create index "quotes_account_id_created_at_index" on "quotes" ("account_id", "created_at");`);

    this.addSql(`create table "sales_orders" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "number" varchar(20) not null, "quote_id" uuid not null, "account_id" uuid not null, "status" "sales_order_status" not null, "confirmed_at" timestamptz not null, "delivery_method" "delivery_method" null, "delivery_address_id" uuid null, "delivery_label" varchar(100) null, "delivery_street" varchar(200) null, "delivery_city" varchar(100) null, "delivery_county" varchar(100) null, "delivery_postal_code" varchar(20) null, "delivery_country" varchar(2) null, "currency" varchar(3) not null, "subtotal" numeric(14,2) not null, "tax_total" numeric(14,2) not null, "total" numeric(14,2) not null, constraint "sales_orders_pkey" primary key ("id"));`);
    this.addSql(`alter table "sales_orders" add constraint "sales_orders_number_unique" unique ("number");`);
    this.addSql(`alter table "sales_orders" add constraint "sales_orders_quote_id_unique" unique ("quote_id");`);
    this.addSql(`create index "sales_orders_created_at_index" on "sales_orders" ("created_at");`);
    this.addSql(`create index "sales_orders_account_id_created_at_index" on "sales_orders" ("account_id", "created_at");`);

    this.addSql(`create table "sales_order_lines" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "position" int not null, "product_id" uuid not null, "quantity" numeric(14,3) not null, "unit_price" numeric(14,2) not null, "discount_percent" numeric(5,2) not null, "vat_rate" numeric(5,2) not null, "line_total" numeric(14,2) not null, "tax_amount" numeric(14,2) not null, "currency" varchar(3) not null, "sales_order_id" uuid not null, constraint "sales_order_lines_pkey" primary key ("id"));`);
    this.addSql(`create index "sales_order_lines_sales_order_id_index" on "sales_order_lines" ("sales_order_id");`);

    this.addSql(`create table "sales_order_history" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "sales_order_id" uuid not null, "from" "sales_order_status" null, "to" "sales_order_status" not null, "by_id" uuid null, "note" text null, constraint "sales_order_history_pkey" primary key ("id"));`);
    this.addSql(`create index "sales_order_history_sales_order_id_index" on "sales_order_history" ("sales_order_id");`);

    this.addSql(`create table "invoices" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "number" varchar(20) not null, "sales_order_id" uuid not null, "account_id" uuid not null, "status" "invoice_status" not null default 'ISSUED', "issue_date" date not null, "due_date" date not null, "currency" varchar(3) not null, "subtotal" numeric(14,2) not null, "tax_total" numeric(14,2) not null, "total" numeric(14,2) not null, "amount_paid" numeric(14,2) not null, "cancel_reason" text null, constraint "invoices_pkey" primary key ("id"));`);
    this.addSql(`alter table "invoices" add constraint "invoices_number_unique" unique ("number");`);
    this.addSql(`create index "invoices_sales_order_id_index" on "invoices" ("sales_order_id");`);
    this.addSql(`create index "invoices_created_at_index" on "invoices" ("created_at");`);
    this.addSql(`create index "invoices_account_id_created_at_index" on "invoices" ("account_id", "created_at");`);

    this.addSql(`create table "invoice_lines" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "position" int not null, "product_id" uuid not null, "quantity" numeric(14,3) not null, "unit_price" numeric(14,2) not null, "discount_percent" numeric(5,2) not null, "vat_rate" numeric(5,2) not null, "line_total" numeric(14,2) not null, "tax_amount" numeric(14,2) not null, "currency" varchar(3) not null, "invoice_id" uuid not null, constraint "invoice_lines_pkey" primary key ("id"));`);
    this.addSql(`create index "invoice_lines_invoice_id_index" on "invoice_lines" ("invoice_id");`);

    this.addSql(`create table "quote_lines" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "position" int not null, "product_id" uuid not null, "quantity" numeric(14,3) not null, "unit_price" numeric(14,2) not null, "discount_percent" numeric(5,2) not null, "vat_rate" numeric(5,2) not null, "line_total" numeric(14,2) not null, "tax_amount" numeric(14,2) not null, "currency" varchar(3) not null, "quote_id" uuid not null, constraint "quote_lines_pkey" primary key ("id"));`);
    this.addSql(`create index "quote_lines_quote_id_index" on "quote_lines" ("quote_id");`);

    this.addSql(`create table "quote_history" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "quote_id" uuid not null, "from" "quote_status" null, "to" "quote_status" not null, "by_id" uuid null, "note" text null, constraint "quote_history_pkey" primary key ("id"));`);
    this.addSql(`create index "quote_history_quote_id_index" on "quote_history" ("quote_id");`);

    this.addSql(`create table "payments" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "invoice_id" uuid not null, "amount" numeric(14,2) not null, "currency" varchar(3) not null, "paid_on" date not null, "recorded_by_id" uuid null, constraint "payments_pkey" primary key ("id"));`);
    this.addSql(`create index "payments_invoice_id_index" on "payments" ("invoice_id");`);

    this.addSql(`create table "feedback" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "seq" bigserial, "quote_id" uuid not null, "author_id" uuid not null, "author_role" "author_role" not null, "body" text not null, constraint "feedback_pkey" primary key ("id"));`);
    this.addSql(`alter table "feedback" add constraint "feedback_seq_unique" unique ("seq");`);
    this.addSql(`create index "feedback_quote_id_seq_index" on "feedback" ("quote_id", "seq");`);

    this.addSql(`alter table "quotes" add constraint "quotes_account_id_foreign" foreign key ("account_id") references "accounts" ("id") on update cascade;`);
    this.addSql(`alter table "quotes" add constraint "quotes_delivery_address_id_foreign" foreign key ("delivery_address_id") references "delivery_addresses" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "quotes" add constraint "quotes_created_by_id_foreign" foreign key ("created_by_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "sales_orders" add constraint "sales_orders_quote_id_foreign" foreign key ("quote_id") references "quotes" ("id") on update cascade;`);
    this.addSql(`alter table "sales_orders" add constraint "sales_orders_account_id_foreign" foreign key ("account_id") references "accounts" ("id") on update cascade;`);

    this.addSql(`alter table "sales_order_lines" add constraint "sales_order_lines_product_id_foreign" foreign key ("product_id") references "products" ("id") on update cascade;`);
    this.addSql(`alter table "sales_order_lines" add constraint "sales_order_lines_sales_order_id_foreign" foreign key ("sales_order_id") references "sales_orders" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "sales_order_history" add constraint "sales_order_history_sales_order_id_foreign" foreign key ("sales_order_id") references "sales_orders" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "sales_order_history" add constraint "sales_order_history_by_id_foreign" foreign key ("by_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "invoices" add constraint "invoices_sales_order_id_foreign" foreign key ("sales_order_id") references "sales_orders" ("id") on update cascade;`);
    this.addSql(`alter table "invoices" add constraint "invoices_account_id_foreign" foreign key ("account_id") references "accounts" ("id") on update cascade;`);

    this.addSql(`alter table "invoice_lines" add constraint "invoice_lines_product_id_foreign" foreign key ("product_id") references "products" ("id") on update cascade;`);
    this.addSql(`alter table "invoice_lines" add constraint "invoice_lines_invoice_id_foreign" foreign key ("invoice_id") references "invoices" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "quote_lines" add constraint "quote_lines_product_id_foreign" foreign key ("product_id") references "products" ("id") on update cascade;`);
    this.addSql(`alter table "quote_lines" add constraint "quote_lines_quote_id_foreign" foreign key ("quote_id") references "quotes" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "quote_history" add constraint "quote_history_quote_id_foreign" foreign key ("quote_id") references "quotes" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "quote_history" add constraint "quote_history_by_id_foreign" foreign key ("by_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "payments" add constraint "payments_invoice_id_foreign" foreign key ("invoice_id") references "invoices" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "payments" add constraint "payments_recorded_by_id_foreign" foreign key ("recorded_by_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "feedback" add constraint "feedback_quote_id_foreign" foreign key ("quote_id") references "quotes" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "feedback" add constraint "feedback_author_id_foreign" foreign key ("author_id") references "users" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "sales_orders" drop constraint "sales_orders_quote_id_foreign";`);

    this.addSql(`alter table "quote_lines" drop constraint "quote_lines_quote_id_foreign";`);

    this.addSql(`alter table "quote_history" drop constraint "quote_history_quote_id_foreign";`);

    this.addSql(`alter table "feedback" drop constraint "feedback_quote_id_foreign";`);

    this.addSql(`alter table "sales_order_lines" drop constraint "sales_order_lines_sales_order_id_foreign";`);

    this.addSql(`alter table "sales_order_history" drop constraint "sales_order_history_sales_order_id_foreign";`);

    this.addSql(`alter table "invoices" drop constraint "invoices_sales_order_id_foreign";`);

    this.addSql(`alter table "invoice_lines" drop constraint "invoice_lines_invoice_id_foreign";`);

    this.addSql(`alter table "payments" drop constraint "payments_invoice_id_foreign";`);

    this.addSql(`drop table if exists "document_counters" cascade;`);

    this.addSql(`drop table if exists "quotes" cascade;`);

    this.addSql(`drop table if exists "sales_orders" cascade;`);

    this.addSql(`drop table if exists "sales_order_lines" cascade;`);

    this.addSql(`drop table if exists "sales_order_history" cascade;`);

    this.addSql(`drop table if exists "invoices" cascade;`);

    this.addSql(`drop table if exists "invoice_lines" cascade;`);

    this.addSql(`drop table if exists "quote_lines" cascade;`);

    this.addSql(`drop table if exists "quote_history" cascade;`);

    this.addSql(`drop table if exists "payments" cascade;`);

    this.addSql(`drop table if exists "feedback" cascade;`);

    this.addSql(`drop type "quote_status";`);
    this.addSql(`drop type "quote_origin";`);
    this.addSql(`drop type "sales_order_status";`);
    this.addSql(`drop type "invoice_status";`);
    this.addSql(`drop type "author_role";`);
  }

}
