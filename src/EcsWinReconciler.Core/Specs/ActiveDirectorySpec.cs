using EcsWinReconciler.Core.Common;

namespace EcsWinReconciler.Core.Specs;

/// <summary>
/// The Active Directory a task's name resolution and gMSA depend on: its domain controllers (IPv4 addresses) and, when it is
/// not the DHCP domain, its domain name. Required when the task definition uses gMSA (<c>credentialSpecs</c>).
/// </summary>
public sealed record ActiveDirectorySpec(EquatableArray<string> DomainControllers, string? Domain = null);
