using Amazon.EC2;
using Amazon.EC2.Model;
using EcsWinReconciler.Core.Networking;
using EcsWinReconciler.Core.Observation;
using NetworkAcl = EcsWinReconciler.Core.Networking.NetworkAcl;
using RouteTable = EcsWinReconciler.Core.Networking.RouteTable;

namespace EcsWinReconciler.Aws.Ec2;

/// <summary>
/// Subnets with what decides traffic leaving them, in four reads per 200 subnets: DescribeSubnets (free addresses, VPC),
/// DescribeNetworkAcls filtered by <c>association.subnet-id</c> (every subnet has exactly one ACL), DescribeRouteTables
/// filtered the same way (a subnet without an explicit association uses its VPC's main table: one more read, by
/// <c>vpc-id</c> and <c>association.main</c>), and DescribeVpcs for the VPC's CIDR (the resolver is its base + 2).
/// </summary>
internal sealed class SubnetQueries(IAmazonEC2 ec2)
{
    public async Task<IReadOnlyList<SubnetObservation>> LoadAsync(IReadOnlyList<string> subnetIds, CancellationToken cancellationToken)
    {
        var result = new List<SubnetObservation>();
        foreach (var chunk in subnetIds.Chunk(Ec2Paging.IdsPerCall))
        {
            var subnets = await PageAsync<Subnet>("DescribeSubnets", chunk[0], async (token, ct) =>
            {
                var response = await ec2.DescribeSubnetsAsync(new DescribeSubnetsRequest { Filters = [Ec2Paging.Filter("subnet-id", chunk)], MaxResults = Ec2Paging.PageSize, NextToken = token }, ct).ConfigureAwait(false);
                return (response.Subnets, response.NextToken);
            }, cancellationToken).ConfigureAwait(false);
            if (subnets.Count == 0)
            {
                continue;
            }

            var ids = subnets.Select(s => s.SubnetId).ToList();
            var acls = await AclsAsync(ids, cancellationToken).ConfigureAwait(false);
            var routes = await RoutesAsync(subnets, cancellationToken).ConfigureAwait(false);
            var vpcBlocks = await VpcBlocksAsync([.. subnets.Select(s => s.VpcId).Distinct(StringComparer.Ordinal)], cancellationToken).ConfigureAwait(false);
            result.AddRange(subnets.Select(s => new SubnetObservation(s.SubnetId, s.VpcId, Cidr.TryParse(s.CidrBlock, out var block, out _) ? block : null, s.AvailableIpAddressCount ?? 0)
            {
                Acl = acls.GetValueOrDefault(s.SubnetId),
                Routes = routes.GetValueOrDefault(s.SubnetId),
                VpcBlock = vpcBlocks.GetValueOrDefault(s.VpcId),
            }));
        }

        return result;
    }

    private async Task<Dictionary<string, NetworkAcl>> AclsAsync(List<string> subnetIds, CancellationToken cancellationToken)
    {
        var acls = await PageAsync<Amazon.EC2.Model.NetworkAcl>("DescribeNetworkAcls", subnetIds[0], async (token, ct) =>
        {
            var response = await ec2.DescribeNetworkAclsAsync(new DescribeNetworkAclsRequest { Filters = [Ec2Paging.Filter("association.subnet-id", subnetIds)], MaxResults = Ec2Paging.PageSize, NextToken = token }, ct).ConfigureAwait(false);
            return (response.NetworkAcls, response.NextToken);
        }, cancellationToken).ConfigureAwait(false);
        var bySubnet = new Dictionary<string, NetworkAcl>(StringComparer.Ordinal);
        foreach (var acl in acls)
        {
            var mapped = new NetworkAcl(acl.NetworkAclId, [.. (acl.Entries ?? []).Select(NaclEntryMapping.Map).OfType<NaclEntry>()]);
            foreach (var association in acl.Associations ?? [])
            {
                bySubnet[association.SubnetId] = mapped;
            }
        }

        return bySubnet;
    }

    private async Task<Dictionary<string, RouteTable>> RoutesAsync(List<Subnet> subnets, CancellationToken cancellationToken)
    {
        var ids = subnets.Select(s => s.SubnetId).ToList();
        var explicitTables = await TablesAsync([Ec2Paging.Filter("association.subnet-id", ids)], ids[0], cancellationToken).ConfigureAwait(false);
        var bySubnet = new Dictionary<string, RouteTable>(StringComparer.Ordinal);
        foreach (var table in explicitTables)
        {
            foreach (var association in (table.Associations ?? []).Where(a => a.SubnetId is not null))
            {
                bySubnet[association.SubnetId] = RouteTableMapping.Map(table);
            }
        }

        var implicitVpcs = subnets.Where(s => !bySubnet.ContainsKey(s.SubnetId)).Select(s => s.VpcId).Distinct(StringComparer.Ordinal).ToList();
        if (implicitVpcs.Count > 0)
        {
            var mains = await TablesAsync([Ec2Paging.Filter("vpc-id", implicitVpcs), Ec2Paging.Filter("association.main", ["true"])], implicitVpcs[0], cancellationToken).ConfigureAwait(false);
            foreach (var subnet in subnets.Where(s => !bySubnet.ContainsKey(s.SubnetId)))
            {
                if (mains.FirstOrDefault(t => t.VpcId == subnet.VpcId) is { } main)
                {
                    bySubnet[subnet.SubnetId] = RouteTableMapping.Map(main);
                }
            }
        }

        return bySubnet;
    }

    private Task<List<Amazon.EC2.Model.RouteTable>> TablesAsync(List<Filter> filters, string resource, CancellationToken cancellationToken) =>
        PageAsync<Amazon.EC2.Model.RouteTable>("DescribeRouteTables", resource, async (token, ct) =>
        {
            var response = await ec2.DescribeRouteTablesAsync(new DescribeRouteTablesRequest { Filters = filters, MaxResults = 100, NextToken = token }, ct).ConfigureAwait(false);
            return (response.RouteTables, response.NextToken);
        }, cancellationToken);

    private async Task<Dictionary<string, Cidr>> VpcBlocksAsync(List<string> vpcIds, CancellationToken cancellationToken)
    {
        var response = await Ec2Call.RunAsync("DescribeVpcs", vpcIds[0], ct => ec2.DescribeVpcsAsync(new DescribeVpcsRequest { VpcIds = vpcIds }, ct), cancellationToken).ConfigureAwait(false);
        return (response.Vpcs ?? [])
            .Where(v => Cidr.TryParse(v.CidrBlock, out _, out _))
            .ToDictionary(v => v.VpcId, v => Cidr.Parse(v.CidrBlock), StringComparer.Ordinal);
    }

    private static Task<List<TItem>> PageAsync<TItem>(string operation, string resource, Func<string?, CancellationToken, Task<(List<TItem>? Items, string? Next)>> call, CancellationToken cancellationToken) =>
        Ec2Paging.CollectAsync<TItem>(token => Ec2Call.RunAsync(operation, resource, ct => call(token, ct), cancellationToken));
}
