using Amazon.DynamoDBv2;
using Amazon.EC2;
using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.SecurityToken;
using Amazon.SQS;

namespace EcsWinReconciler.Aws.Configuration.Deadlines;

// The pipeline is customised inside the SDK's base constructor: the deadline reaches it as a captured primary-constructor
// parameter, which C# stores before the base constructor runs. Null credentials: the SDK's default chain, resolved per call.

/// <summary>AWSSDK.EC2's client with the invocation's end in its pipeline (<see cref="DeadlinePipeline"/>).</summary>
internal sealed class DeadlineBoundEc2Client(AWSCredentials? credentials, AmazonEC2Config config, CallDeadline? deadline)
    : AmazonEC2Client(credentials!, config)
{
    protected override void CustomizeRuntimePipeline(RuntimePipeline pipeline)
    {
        base.CustomizeRuntimePipeline(pipeline);
        DeadlinePipeline.Apply(pipeline, Config, deadline);
    }
}

/// <summary>AWSSDK.DynamoDBv2's client with the invocation's end in its pipeline (<see cref="DeadlinePipeline"/>).</summary>
internal sealed class DeadlineBoundDynamoDbClient(AWSCredentials? credentials, AmazonDynamoDBConfig config, CallDeadline? deadline)
    : AmazonDynamoDBClient(credentials!, config)
{
    protected override void CustomizeRuntimePipeline(RuntimePipeline pipeline)
    {
        base.CustomizeRuntimePipeline(pipeline);
        DeadlinePipeline.Apply(pipeline, Config, deadline);
    }
}

/// <summary>AWSSDK.SQS's client with the invocation's end in its pipeline (<see cref="DeadlinePipeline"/>): the re-check queue.</summary>
internal sealed class DeadlineBoundSqsClient(AWSCredentials? credentials, AmazonSQSConfig config, CallDeadline? deadline)
    : AmazonSQSClient(credentials!, config)
{
    protected override void CustomizeRuntimePipeline(RuntimePipeline pipeline)
    {
        base.CustomizeRuntimePipeline(pipeline);
        DeadlinePipeline.Apply(pipeline, Config, deadline);
    }
}

/// <summary>AWSSDK.SecurityToken's client with the invocation's end in its pipeline: an AssumeRole made inside a call keeps to the same end.</summary>
internal sealed class DeadlineBoundStsClient(AWSCredentials? credentials, AmazonSecurityTokenServiceConfig config, CallDeadline? deadline)
    : AmazonSecurityTokenServiceClient(credentials!, config)
{
    protected override void CustomizeRuntimePipeline(RuntimePipeline pipeline)
    {
        base.CustomizeRuntimePipeline(pipeline);
        DeadlinePipeline.Apply(pipeline, Config, deadline);
    }
}
