namespace EcsWinReconciler.Cli.Exceptions;

/// <summary>What <c>ewr except add</c> was given, as typed (each value is checked by the spec reader, under its option's name).</summary>
internal sealed record ExceptionRequest(string Check, string Resource, string Reason, string Expires, string? Ticket, string By);
