using EcsWinReconciler.TestSupport.Dynamo;

namespace EcsWinReconciler.EndToEnd.Tests;

[CollectionDefinition(DynaliteFixture.Collection)]
public sealed class DynaliteCollection : ICollectionFixture<DynaliteFixture>;
