// The AWS adapters: each folder holds one service's adapter (Ec2/, Ecs/, Sns/, DynamoDb/) and the shared
// plumbing (Configuration/: credentials, region, endpoints, retry and signing, all on AWSSDK.Core; Errors/: the one
// translation of SDK failures, with each service's error codes as data).
[assembly: System.CLSCompliant(false)]
