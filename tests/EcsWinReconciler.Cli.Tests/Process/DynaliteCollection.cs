using EcsWinReconciler.TestSupport.Dynamo;

namespace EcsWinReconciler.Cli.Tests.Process;

/// <summary>xunit wants the collection of the shared dynalite server defined in this assembly.</summary>
[CollectionDefinition(DynaliteFixture.Collection)]
public sealed class DynaliteCollection : ICollectionFixture<DynaliteFixture>;
