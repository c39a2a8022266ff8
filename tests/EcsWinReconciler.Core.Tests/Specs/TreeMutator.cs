using System.Text.Json;

namespace EcsWinReconciler.Core.Tests.Specs;

/// <summary>Random structural edits of a <see cref="DocumentTree"/>: the kinds of mistakes people make in specs.</summary>
internal sealed class TreeMutator(Random random)
{
    private static readonly string[] Scalars =
    [
        "null", "true", "false", "0", "-1", "3389", "65536", "1.5", "\"\"", "\"sg-12\"", "\"sg-0123abcd\"", "\"subnet-0123abcd\"",
        "\"0.0.0.0/0\"", "\"10.0.0.1/8\"", "\"::/0\"", "\"tcp\"", "\"icmp\"", "\"all\"", "\"5985-5986\"", "\"required\"", "\"any\"",
        "\"replace-task\"", "\"AmazonProvidedDNS\"", "\"a.com, b.com\"", "\"24h\"", "\"*\"", "\"arn:aws:ecs:r:1:cluster/x\"", "\"\\u0000\"",
        "\"line\\nbreak\"", "[]", "{}", "[[]]", "[null]", "[\"sg-0123abcd\", \"sg-0123abcd\"]",
    ];

    private static readonly string[] Keys =
    [
        "group", "ports", "cidr", "source", "protocol", "ids", "subnet", "Subnets", "unknown", "a.b", "[0]", "", " ", "\"", "metadata",
        "spec", "selector", "name", "family", "mode", "dns", "eni", "servers", "<<", "ü",
    ];

    public void Mutate(DocumentTree root)
    {
        var nodes = Containers(root).ToList();
        var target = nodes[random.Next(nodes.Count)];
        switch (target)
        {
            case DocumentTree.Obj obj:
                MutateObject(obj);
                break;
            case DocumentTree.Arr arr:
                MutateArray(arr);
                break;
        }
    }

    private void MutateObject(DocumentTree.Obj obj)
    {
        var index = obj.Entries.Count == 0 ? -1 : random.Next(obj.Entries.Count);
        switch (index < 0 ? 0 : random.Next(6))
        {
            case 0:
                obj.Entries.Insert(Math.Max(0, index), (Pick(Keys), RandomValue()));
                break;
            case 1:
                obj.Entries.RemoveAt(index);
                break;
            case 2:
                obj.Entries[index] = (Typo(obj.Entries[index].Key), obj.Entries[index].Value);
                break;
            case 3:
                obj.Entries[index] = (obj.Entries[index].Key, RandomValue());
                break;
            case 4:
                obj.Entries.Add((obj.Entries[index].Key, RandomValue()));
                break;
            default:
                obj.Entries[index] = (obj.Entries[index].Key, new DocumentTree.Arr([obj.Entries[index].Value]));
                break;
        }
    }

    private void MutateArray(DocumentTree.Arr arr)
    {
        var index = arr.Items.Count == 0 ? -1 : random.Next(arr.Items.Count);
        switch (index < 0 ? 0 : random.Next(4))
        {
            case 0:
                arr.Items.Insert(Math.Max(0, index), RandomValue());
                break;
            case 1:
                arr.Items.RemoveAt(index);
                break;
            case 2:
                arr.Items[index] = RandomValue();
                break;
            default:
                arr.Items.Add(arr.Items[index]);
                break;
        }
    }

    private DocumentTree RandomValue() =>
        random.Next(4) == 0
            ? new DocumentTree.Obj([(Pick(Keys), new DocumentTree.Raw(Pick(Scalars)))])
            : DocumentTree.From(JsonDocument.Parse(Pick(Scalars)).RootElement);

    private string Typo(string key) => random.Next(4) switch
    {
        0 when key.Length > 0 => key.Remove(random.Next(key.Length), 1),
        1 => key.ToUpperInvariant(),
        2 => key + "s",
        _ => Pick(Keys),
    };

    private T Pick<T>(T[] items) => items[random.Next(items.Length)];

    private static IEnumerable<DocumentTree> Containers(DocumentTree node) => node switch
    {
        DocumentTree.Obj obj => obj.Entries.SelectMany(e => Containers(e.Value)).Prepend(obj),
        DocumentTree.Arr arr => arr.Items.SelectMany(Containers).Prepend(arr),
        _ => [],
    };
}
