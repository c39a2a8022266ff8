using EcsWinReconciler.Sandbox.Wire;

namespace EcsWinReconciler.Sandbox.Tests.Wire;

public class QueryParametersTests
{
    private static QueryParameters Of(params (string Key, string Value)[] pairs) => new(pairs.ToDictionary(p => p.Key, p => p.Value));

    [Fact]
    public void List_OutOfOrderIndexes_ReadInIndexOrder()
    {
        var parameters = Of(("GroupId.10", "c"), ("GroupId.2", "b"), ("GroupId.1", "a"), ("GroupIdX.1", "no"));

        Assert.Equal(["a", "b", "c"], parameters.List("GroupId"));
    }

    [Fact]
    public void Structures_NestedLists_EachStructureSeesItsOwnMembers()
    {
        var parameters = Of(
            ("IpPermissions.1.IpProtocol", "tcp"), ("IpPermissions.1.IpRanges.1.CidrIp", "10.0.0.0/16"), ("IpPermissions.1.IpRanges.2.CidrIp", "10.1.0.0/16"),
            ("IpPermissions.2.IpProtocol", "-1"), ("IpPermissions.2.Groups.1.GroupId", "sg-1"));

        var permissions = parameters.Structures("IpPermissions");

        Assert.Equal(2, permissions.Count);
        Assert.Equal(["10.0.0.0/16", "10.1.0.0/16"], permissions[0].Structures("IpRanges").Select(r => r["CidrIp"]));
        Assert.Equal("sg-1", Assert.Single(permissions[1].Structures("Groups"))["GroupId"]);
        Assert.Empty(permissions[1].Structures("IpRanges"));
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("False", false)]
    public void Bool_Text_Parsed(string text, bool expected) => Assert.Equal(expected, Of(("DryRun", text)).Bool("DryRun"));

    [Fact]
    public void Bool_NotABoolean_InvalidParameterValue()
    {
        var error = Assert.Throws<ApiException>(() => Of(("DryRun", "maybe")).Bool("DryRun"));

        Assert.Equal(("InvalidParameterValue", 400), (error.Code, error.Status));
    }

    [Fact]
    public void Required_Missing_MissingParameter()
    {
        var error = Assert.Throws<ApiException>(() => Of().Required("VpcId"));

        Assert.Equal("MissingParameter", error.Code);
    }
}
