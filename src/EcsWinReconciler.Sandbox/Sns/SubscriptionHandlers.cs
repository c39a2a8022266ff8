using System.Globalization;
using System.Xml.Linq;
using EcsWinReconciler.Sandbox.State;
using EcsWinReconciler.Sandbox.Wire;
using static EcsWinReconciler.Sandbox.Wire.SnsXml;

namespace EcsWinReconciler.Sandbox.Sns;

/// <summary>ListSubscriptions and ListSubscriptionsByTopic: 100 to a page (SNS's page size), with an opaque NextToken.</summary>
internal static class SubscriptionHandlers
{
    public static XElement?[] List(QueryParameters parameters, SandboxState state, string? topicArn) =>
        state.Read(world =>
        {
            if (topicArn is not null && !world.Topics.ContainsKey(topicArn))
            {
                throw new ApiException("NotFound", "Topic does not exist", 404);
            }

            var subscriptions = world.Subscriptions.Values.Where(s => topicArn is null || s.TopicArn == topicArn).ToList();
            var start = parameters["NextToken"] is { } token && int.TryParse(token, CultureInfo.InvariantCulture, out var n) ? n : 0;
            var page = subscriptions.Skip(start).Take(100).ToList();
            var next = start + page.Count < subscriptions.Count ? (start + page.Count).ToString(CultureInfo.InvariantCulture) : null;
            return new[]
            {
                new XElement(Ns + "Subscriptions", page.Select(s => new XElement(Ns + "member",
                    E("SubscriptionArn", s.Arn), E("Owner", world.AccountId), E("Protocol", s.Protocol), E("Endpoint", s.Endpoint), E("TopicArn", s.TopicArn)))),
                E("NextToken", next),
            };
        });
}
