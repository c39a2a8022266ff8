namespace EcsWinReconciler.Aws.Composition;

/// <summary>
/// The one way to drop reads the adapters keep across warm invocations when an event says the world changed under
/// them: the next read goes to AWS instead of waiting for the entry to expire. It calls no AWS API. The ports only read
/// and write the world; the Lambda composition hands this to the functions whose events announce changes.
/// </summary>
public interface ICacheInvalidation
{
    /// <summary>
    /// EC2 resources an API call changed (security group, VPC, subnet, network ACL, route table or association ids); other ids
    /// are ignored.
    /// </summary>
    void ForgetResources(IEnumerable<string> resourceIds);

    /// <summary>The spec list: a stream record says a spec changed.</summary>
    void ForgetSpecs();
}
