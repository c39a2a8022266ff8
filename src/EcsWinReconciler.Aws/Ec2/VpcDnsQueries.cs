using Amazon.EC2;
using Amazon.EC2.Model;
using EcsWinReconciler.Aws.Errors;
using EcsWinReconciler.Core.Observation;
using EcsWinReconciler.Core.Ports;

namespace EcsWinReconciler.Aws.Ec2;

/// <summary>
/// A VPC's DNS: DescribeVpcAttribute twice (it answers one attribute per call, docs/FACTS.md §4.4) and DescribeVpcs for the
/// DHCP option set id, all three at once; then DescribeDhcpOptions unless the set is "default". Option sets are
/// cached by id apart from the VPC, so VPCs sharing one set read it once.
/// </summary>
internal sealed class VpcDnsQueries(IAmazonEC2 ec2, Ec2ReadCache cache)
{
    public async Task<VpcDnsObservation> LoadAsync(string vpcId, CancellationToken cancellationToken)
    {
        var support = AttributeAsync(vpcId, VpcAttributeName.EnableDnsSupport, cancellationToken);
        var hostnames = AttributeAsync(vpcId, VpcAttributeName.EnableDnsHostnames, cancellationToken);
        var dhcpOptionsId = DhcpOptionsIdAsync(vpcId, cancellationToken);
        await Task.WhenAll(support, hostnames, dhcpOptionsId).ConfigureAwait(false);

        var id = await dhcpOptionsId.ConfigureAwait(false);
        var dhcp = DhcpOptionsMapping.IsAmazonDefault(id)
            ? DhcpOptionsObservation.AmazonDefault(id ?? DhcpOptionsObservation.DefaultId)
            : await cache.DhcpOptions.GetAsync(id!, DescribeDhcpOptionsAsync, cancellationToken).ConfigureAwait(false);
        return new VpcDnsObservation(vpcId, await support.ConfigureAwait(false), await hostnames.ConfigureAwait(false), dhcp);
    }

    private async Task<bool> AttributeAsync(string vpcId, VpcAttributeName attribute, CancellationToken cancellationToken)
    {
        var request = new DescribeVpcAttributeRequest { VpcId = vpcId, Attribute = attribute };
        var response = await Ec2Call.RunAsync("DescribeVpcAttribute", vpcId, ct => ec2.DescribeVpcAttributeAsync(request, ct), cancellationToken)
            .ConfigureAwait(false);
        var value = attribute == VpcAttributeName.EnableDnsSupport ? response.EnableDnsSupport : response.EnableDnsHostnames;
        return value ?? throw new AdapterException(
            AwsErrorFacts.Ec2.Component, "DescribeVpcAttribute", vpcId, $"the answer carries no {attribute.Value} value");
    }

    private async Task<string?> DhcpOptionsIdAsync(string vpcId, CancellationToken cancellationToken)
    {
        var request = new DescribeVpcsRequest { VpcIds = [vpcId] };
        var response = await Ec2Call.RunAsync("DescribeVpcs", vpcId, ct => ec2.DescribeVpcsAsync(request, ct), cancellationToken)
            .ConfigureAwait(false);
        var vpc = response.Vpcs?.FirstOrDefault(v => string.Equals(v.VpcId, vpcId, StringComparison.Ordinal))
            ?? throw new AdapterException(AwsErrorFacts.Ec2.Component, "DescribeVpcs", vpcId, "the VPC was not returned", errorCode: Ec2ErrorCodes.VpcNotFound);
        return vpc.DhcpOptionsId;
    }

    private async Task<DhcpOptionsObservation> DescribeDhcpOptionsAsync(string dhcpOptionsId, CancellationToken cancellationToken)
    {
        var request = new DescribeDhcpOptionsRequest { DhcpOptionsIds = [dhcpOptionsId] };
        var response = await Ec2Call.RunAsync("DescribeDhcpOptions", dhcpOptionsId, ct => ec2.DescribeDhcpOptionsAsync(request, ct), cancellationToken)
            .ConfigureAwait(false);
        var options = response.DhcpOptions?.FirstOrDefault(o => string.Equals(o.DhcpOptionsId, dhcpOptionsId, StringComparison.Ordinal))
            ?? throw new AdapterException(AwsErrorFacts.Ec2.Component, "DescribeDhcpOptions", dhcpOptionsId, "the DHCP option set was not returned");
        return DhcpOptionsMapping.Map(options);
    }
}
