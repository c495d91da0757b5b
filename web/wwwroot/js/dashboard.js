// Live updates for a school dashboard: a progressive enhancement over the plain page.
// Each change notice carries the school's index version; the list is re-fetched whenever the version is
// newer than the one shown, and after every (re)connection, so a missed notice never leaves it stale.
(function () {
  const container = document.getElementById("requests");
  const status = document.getElementById("live-status");
  if (!container || !window.signalR) return;

  const urn = Number(container.dataset.dashboardUrn);
  const shownVersion = () => Number(container.querySelector("[data-index-version]")?.dataset.indexVersion ?? 0);

  async function refresh() {
    const response = await fetch(`/schools/${urn}/dashboard?handler=Requests`, { headers: { Accept: "text/html" } });
    if (response.ok) container.innerHTML = await response.text();
  }

  const connection = new signalR.HubConnectionBuilder()
    .withUrl("/hubs/dashboard")
    .withAutomaticReconnect()
    .build();

  connection.on("DashboardChanged", async (change) => {
    if (change.urn === urn && change.indexVersion > shownVersion()) await refresh();
  });

  async function watch() {
    await connection.invoke("WatchSchool", urn);
    await refresh();
    status.dataset.state = "connected";
  }

  connection.onreconnecting(() => { status.dataset.state = "reconnecting"; });
  connection.onreconnected(watch);
  connection.start().then(watch).catch(() => { status.dataset.state = "offline"; });
})();
