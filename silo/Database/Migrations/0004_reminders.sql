-- 0004_reminders.sql
-- Provides the reminder table for the Orleans 10.4.2 ADO.NET reminder provider
-- (Microsoft.Orleans.Reminders.AdoNet): the table OrleansRemindersTable and the OrleansQuery rows
-- ReadReminderRowsKey, ReadRangeRows1Key, ReadRangeRows2Key, ReadReminderRowKey, UpsertReminderRowKey,
-- DeleteReminderRowKey and DeleteReminderRowsKey. Needs 0001_orleans_query.sql.
--
-- How the provider talks to these queries:
-- * Parameters: ServiceId, ReminderName, GrainId (text; GrainId is the grain id's string form);
--   GrainHash, BeginHash, EndHash (integer: the uint ring hash cast to a signed int, so it may be
--   negative); StartTime (timestamptz, UTC); Period (milliseconds: integer, or bigint above 2^31-1);
--   Version (integer, the ETag being deleted).
-- * Rows are read by name: GrainId, ReminderName, StartTime, Period, Version (Version becomes the ETag).
-- * ETags: the upsert never checks one; it overwrites and returns a new Version. Deleting one reminder
--   passes the ETag the caller holds and must report false (not fail) when it no longer matches.

CREATE TABLE IF NOT EXISTS OrleansRemindersTable
(
    ServiceId    text        NOT NULL,
    GrainId      text        NOT NULL,
    ReminderName text        NOT NULL,
    StartTime    timestamptz NOT NULL,
    Period       bigint      NOT NULL,  -- milliseconds
    GrainHash    integer     NOT NULL,  -- signed form of the grain's uniform hash, for range reads
    Version      integer     NOT NULL,  -- the ETag: 0 when created, +1 on every upsert
    CONSTRAINT OrleansRemindersTable_Key PRIMARY KEY (ServiceId, GrainId, ReminderName)
);

-- Each silo reads the reminders whose hashes fall in its part of the ring.
CREATE INDEX IF NOT EXISTS OrleansRemindersTable_Hash ON OrleansRemindersTable (ServiceId, GrainHash);

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES

('ReadReminderRowsKey', $sql$
SELECT GrainId AS "GrainId", ReminderName AS "ReminderName", StartTime AS "StartTime",
       Period AS "Period", Version AS "Version"
FROM OrleansRemindersTable
WHERE ServiceId = @ServiceId
  AND GrainId = @GrainId
$sql$),

-- Ring range (BeginHash, EndHash], begin excluded, end included. The provider picks this query when
-- BeginHash < EndHash compared as SIGNED integers (the form in which hashes are stored), i.e. when the
-- range does not wrap in signed order...
('ReadRangeRows1Key', $sql$
SELECT GrainId AS "GrainId", ReminderName AS "ReminderName", StartTime AS "StartTime",
       Period AS "Period", Version AS "Version"
FROM OrleansRemindersTable
WHERE ServiceId = @ServiceId
  AND GrainHash > @BeginHash
  AND GrainHash <= @EndHash
$sql$),

-- ...and this one otherwise: the range wraps past the largest signed value back to the smallest. It also
-- covers BeginHash = EndHash, which Orleans uses for the full ring (every hash is > begin or <= end).
('ReadRangeRows2Key', $sql$
SELECT GrainId AS "GrainId", ReminderName AS "ReminderName", StartTime AS "StartTime",
       Period AS "Period", Version AS "Version"
FROM OrleansRemindersTable
WHERE ServiceId = @ServiceId
  AND (GrainHash > @BeginHash OR GrainHash <= @EndHash)
$sql$),

-- Zero rows when the reminder does not exist (the provider then returns null).
('ReadReminderRowKey', $sql$
SELECT GrainId AS "GrainId", ReminderName AS "ReminderName", StartTime AS "StartTime",
       Period AS "Period", Version AS "Version"
FROM OrleansRemindersTable
WHERE ServiceId = @ServiceId
  AND GrainId = @GrainId
  AND ReminderName = @ReminderName
$sql$),

-- Insert or overwrite; returns the new Version (the new ETag). The row lock taken by ON CONFLICT DO UPDATE
-- serialises concurrent upserts of one reminder, so each gets a distinct version.
('UpsertReminderRowKey', $sql$
INSERT INTO OrleansRemindersTable
    (ServiceId, GrainId, ReminderName, StartTime, Period, GrainHash, Version)
VALUES (@ServiceId, @GrainId, @ReminderName, @StartTime, @Period, @GrainHash, 0)
ON CONFLICT (ServiceId, GrainId, ReminderName) DO UPDATE
SET StartTime = EXCLUDED.StartTime,
    Period = EXCLUDED.Period,
    GrainHash = EXCLUDED.GrainHash,
    Version = OrleansRemindersTable.Version + 1
RETURNING Version AS "Version"
$sql$),

-- Deletes only if the caller's ETag (@Version) is current. Always returns exactly one row with one boolean
-- column (the provider reads the first row): true if deleted, false on an ETag mismatch or missing row.
('DeleteReminderRowKey', $sql$
WITH deleted AS (
    DELETE FROM OrleansRemindersTable
    WHERE ServiceId = @ServiceId
      AND GrainId = @GrainId
      AND ReminderName = @ReminderName
      AND Version = @Version
    RETURNING 1
)
SELECT EXISTS (SELECT 1 FROM deleted) AS "Deleted"
$sql$),

-- All reminders of a service (the provider uses it only to clear the table in tests).
('DeleteReminderRowsKey', $sql$
DELETE FROM OrleansRemindersTable
WHERE ServiceId = @ServiceId
$sql$)

ON CONFLICT (QueryKey) DO UPDATE
SET QueryText = EXCLUDED.QueryText
WHERE OrleansQuery.QueryText IS DISTINCT FROM EXCLUDED.QueryText;
