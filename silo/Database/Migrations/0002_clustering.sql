-- 0002_clustering.sql
-- Provides cluster membership for the Orleans 10.4.2 ADO.NET clustering provider
-- (Microsoft.Orleans.Clustering.AdoNet; silos use AdoNetClusteringTable, clients AdoNetGatewayListProvider):
-- the tables OrleansMembershipVersionTable and OrleansMembershipTable, and the OrleansQuery rows
-- GatewaysQueryKey, MembershipReadRowKey, MembershipReadAllKey, InsertMembershipVersionKey,
-- UpdateIAmAlivetimeKey, InsertMembershipKey, UpdateMembershipKey, DeleteMembershipTableEntriesKey,
-- CleanupDefunctSiloEntriesKey and CleanupDefunctSiloEntryKey. Needs 0001_orleans_query.sql.
--
-- How the provider talks to these queries:
-- * Parameters are bound by name, always with a type: DeploymentId (the ClusterId), Address, SiloName,
--   HostName, SuspectTimes -> text; Port, Generation, Status, ProxyPort, Version -> integer;
--   StartTime, IAmAliveTime -> timestamptz (UTC DateTime). Columns holding times are timestamptz, so no
--   conversion through the session time zone ever happens.
-- * Rows are read by column name; the aliases below are the exact names the provider asks for.
--   Address is parsed from a string, so it is kept as text (not inet).
-- * The whole membership table shares one version (its ETag), kept in OrleansMembershipVersionTable.
--   Insert and update pass @Version = the version the caller read; they succeed only if that is still the
--   stored version, and then raise it by one in the same statement. A stale version makes them return
--   false (no error), which is how the provider detects the conflict.
-- * Status values are Orleans SiloStatus numbers: 3 = Active, 6 = Dead.

CREATE TABLE IF NOT EXISTS OrleansMembershipVersionTable
(
    DeploymentId text        NOT NULL,
    ModifiedOn   timestamptz NOT NULL DEFAULT now(),
    Version      integer     NOT NULL DEFAULT 0,
    CONSTRAINT OrleansMembershipVersionTable_Key PRIMARY KEY (DeploymentId)
);

-- No foreign key to the version table on purpose: it would add nothing the queries need and would fix the
-- order in which DeleteMembershipTableEntriesKey has to delete.
CREATE TABLE IF NOT EXISTS OrleansMembershipTable
(
    DeploymentId text        NOT NULL,
    Address      varchar(45) NOT NULL,  -- textual IPv4/IPv6 address; 45 = longest IPv6 text form
    Port         integer     NOT NULL,
    Generation   integer     NOT NULL,
    SiloName     text        NOT NULL,
    HostName     text        NOT NULL,
    Status       integer     NOT NULL,
    ProxyPort    integer     NOT NULL,  -- 0 when the silo is not a gateway
    SuspectTimes text        NULL,      -- 'silo,date|silo,date' as written by the provider
    StartTime    timestamptz NOT NULL,
    IAmAliveTime timestamptz NOT NULL,
    CONSTRAINT OrleansMembershipTable_Key PRIMARY KEY (DeploymentId, Address, Port, Generation)
);

-- Re-running only rewrites a row whose text differs, so a second run changes nothing.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES

-- Clients: the gateways of a cluster. @Status is Active (3); a ProxyPort of 0 means "not a gateway".
('GatewaysQueryKey', $sql$
SELECT Address AS "Address", ProxyPort AS "ProxyPort", Generation AS "Generation"
FROM OrleansMembershipTable
WHERE DeploymentId = @DeploymentId
  AND Status = @Status
  AND ProxyPort > 0
$sql$),

-- One silo's row plus the table version. Starting from the version row and joining the member in the ON
-- clause means a row always comes back (the provider reads the version from the first row); the member
-- columns are NULL when the silo is unknown, which the provider detects through a NULL StartTime.
('MembershipReadRowKey', $sql$
SELECT v.DeploymentId AS "DeploymentId",
       m.Address AS "Address", m.Port AS "Port", m.Generation AS "Generation",
       m.SiloName AS "SiloName", m.HostName AS "HostName", m.Status AS "Status",
       m.ProxyPort AS "ProxyPort", m.SuspectTimes AS "SuspectTimes",
       m.StartTime AS "StartTime", m.IAmAliveTime AS "IAmAliveTime",
       v.Version AS "Version"
FROM OrleansMembershipVersionTable v
LEFT JOIN OrleansMembershipTable m
       ON m.DeploymentId = v.DeploymentId
      AND m.Address = @Address
      AND m.Port = @Port
      AND m.Generation = @Generation
WHERE v.DeploymentId = @DeploymentId
$sql$),

-- All rows plus the table version, read in one statement so they are consistent with each other.
-- As above, an empty cluster still yields one row carrying the version.
('MembershipReadAllKey', $sql$
SELECT v.DeploymentId AS "DeploymentId",
       m.Address AS "Address", m.Port AS "Port", m.Generation AS "Generation",
       m.SiloName AS "SiloName", m.HostName AS "HostName", m.Status AS "Status",
       m.ProxyPort AS "ProxyPort", m.SuspectTimes AS "SuspectTimes",
       m.StartTime AS "StartTime", m.IAmAliveTime AS "IAmAliveTime",
       v.Version AS "Version"
FROM OrleansMembershipVersionTable v
LEFT JOIN OrleansMembershipTable m
       ON m.DeploymentId = v.DeploymentId
WHERE v.DeploymentId = @DeploymentId
$sql$),

-- Creates the version row (version 0) if missing. The provider expects exactly one row with one
-- boolean column: true if this call created it.
('InsertMembershipVersionKey', $sql$
WITH inserted AS (
    INSERT INTO OrleansMembershipVersionTable (DeploymentId, ModifiedOn, Version)
    VALUES (@DeploymentId, now(), 0)
    ON CONFLICT (DeploymentId) DO NOTHING
    RETURNING 1
)
SELECT EXISTS (SELECT 1 FROM inserted) AS "Inserted"
$sql$),

-- Heartbeat: no version check and no version change (Orleans does not treat it as a table change).
('UpdateIAmAlivetimeKey', $sql$
UPDATE OrleansMembershipTable
SET IAmAliveTime = @IAmAliveTime
WHERE DeploymentId = @DeploymentId
  AND Address = @Address
  AND Port = @Port
  AND Generation = @Generation
$sql$),

-- Adds a silo's row if @Version is still the table version and the silo is not there yet; the version is
-- raised in the same statement. The UPDATE of the version row locks it, so two callers holding the same
-- version are serialised and the second one finds the version changed. Returns one boolean: inserted.
-- (SuspectTimes is not passed on insert; it starts NULL.)
('InsertMembershipKey', $sql$
WITH bumped AS (
    UPDATE OrleansMembershipVersionTable
    SET Version = Version + 1, ModifiedOn = now()
    WHERE DeploymentId = @DeploymentId
      AND Version = @Version
      AND NOT EXISTS (SELECT 1 FROM OrleansMembershipTable
                      WHERE DeploymentId = @DeploymentId AND Address = @Address
                        AND Port = @Port AND Generation = @Generation)
    RETURNING DeploymentId
), inserted AS (
    INSERT INTO OrleansMembershipTable
        (DeploymentId, Address, Port, Generation, SiloName, HostName, Status, ProxyPort,
         StartTime, IAmAliveTime)
    SELECT DeploymentId, @Address, @Port, @Generation, @SiloName, @HostName, @Status, @ProxyPort,
           @StartTime, @IAmAliveTime
    FROM bumped
    ON CONFLICT (DeploymentId, Address, Port, Generation) DO NOTHING
    RETURNING 1
)
SELECT EXISTS (SELECT 1 FROM inserted) AS "Inserted"
$sql$),

-- Changes a silo's status, suspect list and heartbeat if @Version is still the table version and the
-- row exists; raises the version in the same statement (the member update runs after the version update
-- because it reads its result). Returns one boolean: updated.
('UpdateMembershipKey', $sql$
WITH bumped AS (
    UPDATE OrleansMembershipVersionTable
    SET Version = Version + 1, ModifiedOn = now()
    WHERE DeploymentId = @DeploymentId
      AND Version = @Version
      AND EXISTS (SELECT 1 FROM OrleansMembershipTable
                  WHERE DeploymentId = @DeploymentId AND Address = @Address
                    AND Port = @Port AND Generation = @Generation)
    RETURNING DeploymentId
), updated AS (
    UPDATE OrleansMembershipTable m
    SET Status = @Status, SuspectTimes = @SuspectTimes, IAmAliveTime = @IAmAliveTime
    FROM bumped b
    WHERE m.DeploymentId = b.DeploymentId
      AND m.Address = @Address
      AND m.Port = @Port
      AND m.Generation = @Generation
    RETURNING 1
)
SELECT EXISTS (SELECT 1 FROM updated) AS "Updated"
$sql$),

-- Removes a whole cluster (used by tests and tooling). Two statements, run by Npgsql in one implicit
-- transaction; the version row goes first so locks are taken in the same order as in the insert and
-- update queries above (version row, then member rows), which avoids deadlocks with them.
('DeleteMembershipTableEntriesKey', $sql$
DELETE FROM OrleansMembershipVersionTable WHERE DeploymentId = @DeploymentId;
DELETE FROM OrleansMembershipTable WHERE DeploymentId = @DeploymentId
$sql$),

-- Bulk clean-up of dead silos whose start and last heartbeat are older than the cut-off @IAmAliveTime.
-- Orleans 10.4.2 uses this only when CleanupDefunctSiloEntryKey (below) is absent.
('CleanupDefunctSiloEntriesKey', $sql$
DELETE FROM OrleansMembershipTable
WHERE DeploymentId = @DeploymentId
  AND Status = 6
  AND IAmAliveTime < @IAmAliveTime
  AND StartTime < @IAmAliveTime
$sql$),

-- Per-row clean-up, preferred by Orleans 10.4.2 when present: the provider reads all rows, decides in .NET
-- which dead rows are old enough, then deletes each one only if it still holds the values it read
-- (status Dead, same StartTime, IAmAliveTime and SuspectTimes), so a row changed in between survives.
-- The times round-trip exactly (read from this table, sent back unchanged). SuspectTimes is compared
-- with NULL and '' treated alike because the provider reads '' as "no suspects" and sends that as NULL.
('CleanupDefunctSiloEntryKey', $sql$
DELETE FROM OrleansMembershipTable
WHERE DeploymentId = @DeploymentId
  AND Address = @Address
  AND Port = @Port
  AND Generation = @Generation
  AND Status = 6
  AND StartTime = @StartTime
  AND IAmAliveTime = @IAmAliveTime
  AND COALESCE(SuspectTimes, '') = COALESCE(@SuspectTimes, '')
$sql$)

ON CONFLICT (QueryKey) DO UPDATE
SET QueryText = EXCLUDED.QueryText
WHERE OrleansQuery.QueryText IS DISTINCT FROM EXCLUDED.QueryText;
