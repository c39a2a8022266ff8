using EcsWinReconciler.TestSupport.Dynamo;

namespace EcsWinReconciler.Aws.Tests.DynamoDb;

/// <summary>One dynalite process for every DynamoDB test of this assembly; each test makes its own tables.</summary>
[CollectionDefinition(DynaliteFixture.Collection)]
public sealed class DynaliteCollection : ICollectionFixture<DynaliteFixture>;
