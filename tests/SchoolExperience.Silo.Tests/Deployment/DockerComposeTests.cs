using SchoolExperience.Testing;
using YamlDotNet.RepresentationModel;

namespace SchoolExperience.Silo.Tests.Deployment;

/// <summary>
/// No Docker engine runs here, so the compose file is checked as data: the services, how they find the
/// database and each other, and that the silo service can be scaled.
/// </summary>
public sealed class DockerComposeTests
{
    private readonly YamlMappingNode _services;

    public DockerComposeTests()
    {
        var yaml = new YamlStream();
        using var reader = File.OpenText(Path.Combine(RepositoryRoot.Path, "docker-compose.yml"));
        yaml.Load(reader);
        _services = (YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode)["services"];
    }

    [Fact]
    public void Services_ArePostgresSiloAndWeb()
    {
        Assert.Equal(["postgres", "silo", "web"], _services.Children.Keys.Select(k => k.ToString()).Order());
    }

    [Fact]
    public void SiloAndWeb_UseTheComposeDatabaseAndTheSameCluster()
    {
        var silo = Environment("silo");
        var web = Environment("web");
        var postgres = Environment("postgres");

        Assert.Equal(silo["ConnectionStrings__Orleans"], web["ConnectionStrings__Orleans"]);
        var connection = new Npgsql.NpgsqlConnectionStringBuilder(silo["ConnectionStrings__Orleans"]);
        Assert.Equal("postgres", connection.Host);
        Assert.Equal(postgres["POSTGRES_DB"], connection.Database);
        Assert.Equal(postgres["POSTGRES_PASSWORD"], connection.Password);
        Assert.Equal(silo["Cluster__ClusterId"], web["Cluster__ClusterId"]);
        Assert.Equal(silo["Cluster__ServiceId"], web["Cluster__ServiceId"]);
    }

    [Fact]
    public void Silo_CanBeScaled_NoHostPortsAndItsOwnAddress()
    {
        var silo = Service("silo");

        Assert.False(silo.Children.ContainsKey("ports"), "a published host port would clash between replicas");
        Assert.False(silo.Children.ContainsKey("container_name"));
        Assert.Equal("auto", Environment("silo")["Silo__AdvertisedIPAddress"]);
    }

    [Fact]
    public void SiloAndWeb_WaitForAHealthyPostgres()
    {
        Assert.True(Service("postgres").Children.ContainsKey("healthcheck"));
        foreach (var name in new[] { "silo", "web" })
        {
            var dependsOn = (YamlMappingNode)Service(name)["depends_on"];
            Assert.Equal("service_healthy", ((YamlMappingNode)dependsOn["postgres"])["condition"].ToString());
        }
    }

    [Fact]
    public void Web_PublishesItsPortAndBuildsFromDockerfilesThatExist()
    {
        Assert.Contains("8080:8080", ((YamlSequenceNode)Service("web")["ports"]).Select(p => p.ToString()));
        foreach (var name in new[] { "silo", "web" })
        {
            var build = (YamlMappingNode)Service(name)["build"];
            Assert.True(File.Exists(Path.Combine(RepositoryRoot.Path, build["context"].ToString(), build["dockerfile"].ToString())));
        }
    }

    private YamlMappingNode Service(string name) => (YamlMappingNode)_services[name];

    // Follows YAML anchors and merge keys (<<) the way compose does.
    private Dictionary<string, string> Environment(string service)
    {
        var result = new Dictionary<string, string>();
        foreach (var (key, value) in (YamlMappingNode)Service(service)["environment"])
        {
            if (key.ToString() == "<<")
            {
                var merged = value is YamlSequenceNode list ? list.Cast<YamlMappingNode>() : [(YamlMappingNode)value];
                foreach (var (mergedKey, mergedValue) in merged.SelectMany(m => m.Children))
                {
                    result.TryAdd(mergedKey.ToString(), mergedValue.ToString());
                }
            }
            else
            {
                result[key.ToString()] = value.ToString();
            }
        }

        return result;
    }
}
