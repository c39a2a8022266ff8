namespace EcsWinReconciler.Lambda.Tests.Template;

public sealed class TemplateReferenceTests
{
    [Fact]
    public void UnresolvedReferences_Template_None()
    {
        Assert.Empty(TemplateChecks.UnresolvedReferences(TemplateDocument.Load()));
    }

    [Fact]
    public void UnresolvedReferences_BrokenTemplate_NamesEachOne()
    {
        var template = TemplateDocument.Parse("""
            Parameters:
              Mode: { Type: String }
            Conditions:
              IsOn: !Equals [!Ref Mode, "on"]
              Both: !And [!Condition IsOn, !Condition Missing]
            Resources:
              Queue:
                Type: AWS::SQS::Queue
                Condition: Nope
                DependsOn: [Ghost]
                Properties:
                  QueueName: !Sub "${AWS::StackName}-${Mode}-${Unknown}-${Queue.Arn}-${Other.Arn}-${!Literal}"
                  Tags:
                    - Key: a
                      Value: !Ref Nothing
                    - Key: b
                      Value: !GetAtt Phantom.Arn
                    - Key: c
                      Value: !If [NotACondition, x, y]
                    - Key: d
                      Value: !Sub ["${Local}", { Local: !Ref AWS::Region }]
            """);

        var problems = TemplateChecks.UnresolvedReferences(template);

        Assert.Equal(8, problems.Count);
        Assert.Contains(problems, p => p.Contains("Missing is not a condition", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("Unknown is not a parameter", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("Other is not a resource", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("Nothing is not a parameter", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("Phantom is not a resource", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("NotACondition is not a condition", StringComparison.Ordinal));
        Assert.Contains("Queue: Condition Nope is not defined", problems);
        Assert.Contains("Queue: DependsOn Ghost is not a resource", problems);
    }
}
