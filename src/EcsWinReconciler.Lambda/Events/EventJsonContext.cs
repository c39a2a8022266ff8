using System.Text.Json.Serialization;
using EcsWinReconciler.Lambda.Events.CloudTrail;
using EcsWinReconciler.Lambda.Events.DynamoDb;
using EcsWinReconciler.Lambda.Events.Ecs;
using EcsWinReconciler.Lambda.Events.Sqs;

namespace EcsWinReconciler.Lambda.Events;

/// <summary>
/// Source-generated readers of every event the functions accept (Native AOT: no reflection). Unknown fields are
/// ignored; numbers may come as strings (EventBridge's own <c>version</c> is "0").
/// </summary>
[JsonSourceGenerationOptions(NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(EventBridgeEvent<EcsTaskDetail>))]
[JsonSerializable(typeof(EventBridgeEvent<CloudTrailDetail>))]
[JsonSerializable(typeof(EventBridgeEvent<ScheduledDetail>))]
[JsonSerializable(typeof(DynamoDbStreamEvent))]
[JsonSerializable(typeof(SqsEvent))]
internal sealed partial class EventJsonContext : JsonSerializerContext;
