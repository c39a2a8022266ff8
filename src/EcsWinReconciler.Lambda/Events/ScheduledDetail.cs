namespace EcsWinReconciler.Lambda.Events;

/// <summary>The <c>detail</c> of a "Scheduled Event": always <c>{}</c>; the schedule itself is the message.</summary>
internal sealed class ScheduledDetail;
