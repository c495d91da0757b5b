-- 0001_orleans_query.sql
-- Provides the OrleansQuery table: one SQL text per query key. At start-up each Orleans 10.4.2 ADO.NET
-- provider (clustering, grain storage, reminders) loads its rows and afterwards runs only those texts,
-- binding named parameters (@Name). 0002-0004 fill the table; they need this script to have run first.
--
-- Naming (why nothing here is quoted): the providers read the table with unquoted SQL of their own,
--   SELECT QueryKey, QueryText FROM OrleansQuery                          (clustering, reminders)
--   SELECT QueryKey, QueryText FROM OrleansQuery WHERE QueryKey = '...'   (grain storage)
-- PostgreSQL folds unquoted identifiers to lower case, so those statements look for orleansquery /
-- querykey / querytext. The table must therefore be created unquoted as well (it is stored in lower
-- case); a quoted "OrleansQuery" or "QueryKey" would be a different name the providers cannot find.
-- Later scripts must also write OrleansQuery / QueryKey / QueryText unquoted, e.g. ON CONFLICT (QueryKey).
-- The providers then read the columns by name ("QueryKey", "QueryText"); Npgsql matches those names to
-- querykey / querytext case-insensitively.

CREATE TABLE IF NOT EXISTS OrleansQuery
(
    QueryKey  varchar(64) NOT NULL,
    QueryText text        NOT NULL,
    CONSTRAINT OrleansQuery_Key PRIMARY KEY (QueryKey)
);
