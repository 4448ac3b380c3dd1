#!/usr/bin/env bash
# Query plans and timings of the archive's update queries on SQLite, with and without the (Status, Number)
# index: builds the schema from the migrations, adds 5,000 updates (every tenth a draft) and runs sqlite3.
# Usage: tests/SESLIP.Newsletter.Benchmarks/archive-query-plans.sh   (from the repository root; needs sqlite3)
set -euo pipefail
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet tool restore >/dev/null
dotnet ef migrations script --project src/SESLIP.Newsletter.Web --context SqliteNewsletterDbContext -o "$work/schema.sql" >/dev/null
sqlite3 "$work/with.db" < "$work/schema.sql"
sqlite3 "$work/with.db" "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM n WHERE x<5000)
  INSERT INTO Updates (Number, IssueDate, Intro, Layout, Status, CreatedAtUtc, UpdatedAtUtc, Version)
  SELECT x, date('2000-01-07', '+' || (x*7) || ' days'), '', 0, CASE WHEN x % 10 = 0 THEN 0 ELSE 2 END, '2025-01-01', '2025-01-01', 0 FROM n;"
cp "$work/with.db" "$work/without.db"
sqlite3 "$work/without.db" 'DROP INDEX "IX_Updates_Status_Number";'

# The shapes EF Core sends for an update page's previous/next (Models/UpdatePage.cs) and for the years with
# published updates (Controllers/SearchController.cs); Status 2 is Published.
neighbours='SELECT "u"."Id", (SELECT MAX("u0"."Number") FROM "Updates" AS "u0" WHERE "u0"."Status" = 2 AND "u0"."Number" < "u"."Number"), (SELECT MIN("u1"."Number") FROM "Updates" AS "u1" WHERE "u1"."Status" = 2 AND "u1"."Number" > "u"."Number") FROM "Updates" AS "u" WHERE "u"."Status" = 2 AND "u"."Number" = 2500 LIMIT 2'
years='SELECT DISTINCT CAST(strftime('"'"'%Y'"'"', "u"."IssueDate") AS INTEGER) AS "c" FROM "Updates" AS "u" WHERE "u"."Status" = 2 ORDER BY "c" DESC'
# Previous and next of every published update at once: 4,500 update pages' worth of the two subqueries.
# Summed, so SQLite cannot skip the subqueries.
every='SELECT count(*), sum(p), sum(n) FROM (SELECT (SELECT MAX("u0"."Number") FROM "Updates" AS "u0" WHERE "u0"."Status" = 2 AND "u0"."Number" < "u"."Number") AS p, (SELECT MIN("u1"."Number") FROM "Updates" AS "u1" WHERE "u1"."Status" = 2 AND "u1"."Number" > "u"."Number") AS n FROM "Updates" AS "u" WHERE "u"."Status" = 2)'
for db in with without; do
    echo "== $db the (Status, Number) index"
    sqlite3 "$work/$db.db" "EXPLAIN QUERY PLAN $neighbours;" "EXPLAIN QUERY PLAN $years;"
    printf ".timer on\n%s;\n%s;\n" "$every" "$every" | sqlite3 "$work/$db.db"
done
