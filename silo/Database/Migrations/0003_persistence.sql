-- 0003_persistence.sql
-- Provides grain state storage for the Orleans 10.4.2 ADO.NET grain storage provider
-- (Microsoft.Orleans.Persistence.AdoNet, AdoNetGrainStorage): the table OrleansStorage and the OrleansQuery
-- rows ReadFromStorageKey, WriteToStorageKey, ClearStorageKey, and also DeleteStorageKey (optional for the
-- provider; only used when AdoNetGrainStorageOptions.DeleteStateOnClear = true, which fails at start-up
-- without it). Needs 0001_orleans_query.sql.
--
-- How the provider talks to these queries:
-- * Every query gets GrainIdHash, GrainTypeHash (integer), GrainIdN0, GrainIdN1 (bigint: the grain key;
--   both 0 for string keys), GrainTypeString, GrainIdExtensionString (text; the latter NULL when the key has
--   no extension, and the whole key for string-keyed grains) and ServiceId (text). Write, clear and delete
--   also get GrainStateVersion (integer, NULL when the grain holds no ETag); write gets PayloadBinary (bytea).
-- * The hashes only narrow the search; a grain is identified by all the key columns together.
-- * Optimistic concurrency: Version is the ETag. The provider reports a conflict
--   (InconsistentStateException) when a write/clear/delete returns no row, returns NULL, or returns the same
--   version the grain sent. So each statement changes the row only if the stored version still equals
--   @GrainStateVersion (or, for a first write, only if no row exists) and returns the new version;
--   otherwise it returns nothing.
-- * Read returns PayloadBinary and Version; a row whose payload is NULL means "cleared": the grain gets
--   default state and RecordExists = false, but keeps the row's version as its ETag for the next write.

CREATE TABLE IF NOT EXISTS OrleansStorage
(
    GrainIdHash            integer     NOT NULL,
    GrainIdN0              bigint      NOT NULL,
    GrainIdN1              bigint      NOT NULL,
    GrainTypeHash          integer     NOT NULL,
    GrainTypeString        text        NOT NULL,
    GrainIdExtensionString text        NULL,
    ServiceId              text        NOT NULL,
    PayloadBinary          bytea       NULL,      -- NULL after ClearStorageKey
    ModifiedOn             timestamptz NOT NULL,
    Version                integer     NOT NULL   -- the ETag; starts at 1, +1 on every write and clear
);

-- One row per grain. NULLS NOT DISTINCT (PostgreSQL 15+) makes two rows with a NULL extension collide, so
-- ON CONFLICT in the write query catches two concurrent first writes of the same grain. The hashes lead
-- the index because they are the most selective columns. (Key strings are indexed whole: a btree entry is
-- limited to about 2.7 kB, far above any realistic grain type name plus key.)
CREATE UNIQUE INDEX IF NOT EXISTS OrleansStorage_Grain
    ON OrleansStorage (GrainIdHash, GrainTypeHash, ServiceId, GrainIdN0, GrainIdN1,
                       GrainTypeString, GrainIdExtensionString)
    NULLS NOT DISTINCT;

-- Every query below matches a grain with the same conditions; IS NOT DISTINCT FROM because the extension
-- is NULL for most grains.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES

-- Zero rows: no state stored yet (the provider creates default state and a NULL ETag).
('ReadFromStorageKey', $sql$
SELECT PayloadBinary AS "PayloadBinary", Version AS "Version"
FROM OrleansStorage
WHERE GrainIdHash = @GrainIdHash
  AND GrainTypeHash = @GrainTypeHash
  AND ServiceId = @ServiceId
  AND GrainIdN0 = @GrainIdN0
  AND GrainIdN1 = @GrainIdN1
  AND GrainTypeString = @GrainTypeString
  AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString
$sql$),

-- With an ETag: update only if the stored version still equals it. Without one: insert version 1 only if
-- the grain has no row (ON CONFLICT DO NOTHING waits for a concurrent first write and then does nothing).
-- Exactly one of the two branches can act; the provider reads NewGrainStateVersion, and gets no row when
-- neither acted, which it reports as a version conflict.
('WriteToStorageKey', $sql$
WITH updated AS (
    UPDATE OrleansStorage
    SET PayloadBinary = @PayloadBinary, ModifiedOn = now(), Version = Version + 1
    WHERE @GrainStateVersion IS NOT NULL
      AND Version = @GrainStateVersion
      AND GrainIdHash = @GrainIdHash
      AND GrainTypeHash = @GrainTypeHash
      AND ServiceId = @ServiceId
      AND GrainIdN0 = @GrainIdN0
      AND GrainIdN1 = @GrainIdN1
      AND GrainTypeString = @GrainTypeString
      AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString
    RETURNING Version
), inserted AS (
    INSERT INTO OrleansStorage
        (GrainIdHash, GrainIdN0, GrainIdN1, GrainTypeHash, GrainTypeString, GrainIdExtensionString,
         ServiceId, PayloadBinary, ModifiedOn, Version)
    SELECT @GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash, @GrainTypeString, @GrainIdExtensionString,
           @ServiceId, @PayloadBinary, now(), 1
    WHERE @GrainStateVersion IS NULL
    ON CONFLICT DO NOTHING
    RETURNING Version
)
SELECT Version AS "NewGrainStateVersion" FROM updated
UNION ALL
SELECT Version FROM inserted
$sql$),

-- Default clear (DeleteStateOnClear = false): keep the row, drop the payload and raise the version. The
-- provider keeps the returned version as the grain's ETag, and its next write sends it, so the row must
-- stay (deleting it would make that write fail as a conflict). The provider reads the first column.
('ClearStorageKey', $sql$
UPDATE OrleansStorage
SET PayloadBinary = NULL, ModifiedOn = now(), Version = Version + 1
WHERE @GrainStateVersion IS NOT NULL
  AND Version = @GrainStateVersion
  AND GrainIdHash = @GrainIdHash
  AND GrainTypeHash = @GrainTypeHash
  AND ServiceId = @ServiceId
  AND GrainIdN0 = @GrainIdN0
  AND GrainIdN1 = @GrainIdN1
  AND GrainTypeString = @GrainTypeString
  AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString
RETURNING Version AS "NewGrainStateVersion"
$sql$),

-- Clear with DeleteStateOnClear = true: remove the row if the version still matches. The provider then sets
-- the grain's ETag to NULL (so its next write inserts), but it first checks the returned value like a
-- version: it must be non-NULL and differ from the ETag sent, hence Version + 1 ("the version after").
('DeleteStorageKey', $sql$
DELETE FROM OrleansStorage
WHERE @GrainStateVersion IS NOT NULL
  AND Version = @GrainStateVersion
  AND GrainIdHash = @GrainIdHash
  AND GrainTypeHash = @GrainTypeHash
  AND ServiceId = @ServiceId
  AND GrainIdN0 = @GrainIdN0
  AND GrainIdN1 = @GrainIdN1
  AND GrainTypeString = @GrainTypeString
  AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString
RETURNING Version + 1 AS "NewGrainStateVersion"
$sql$)

ON CONFLICT (QueryKey) DO UPDATE
SET QueryText = EXCLUDED.QueryText
WHERE OrleansQuery.QueryText IS DISTINCT FROM EXCLUDED.QueryText;
