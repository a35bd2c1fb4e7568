using System.Reflection;
using HelpdeskBot.Dialogs;
using NetArchTest.Rules;

namespace HelpdeskBot.Tests.Architecture;

/// <summary>
/// The dialog engine knows no feature (docs/architecture.md): its types may use the Activity schema, the turn they run in and
/// the bot's strings, and nothing else of the app or its storage.
/// </summary>
public sealed class DialogsTests
{
    private const string Engine = "HelpdeskBot.Dialogs";
    private static readonly string[] Allowed = [Engine, "HelpdeskBot.Activities", "HelpdeskBot.Turns", "HelpdeskBot.Resources"];
    private static readonly Assembly App = typeof(Dialog).Assembly;
    private static readonly Assembly Storage = typeof(HelpdeskBot.Data.Escalations.Escalation).Assembly;

    [Fact]
    public void The_dialog_engine_references_no_feature_namespace()
    {
        var result = Types.InAssembly(App).That().ResideInNamespace(Engine).ShouldNot().HaveDependencyOnAny(Forbidden(Allowed)).GetResult();

        Assert.NotEmpty(result.LoadedTypes);
        Assert.True(result.IsSuccessful, "The dialog engine uses a feature: " + string.Join(", ", result.FailingTypes?.Select(t => t.FullName) ?? []));
    }

    /// <summary>The rule is not vacuous: the interview, which does use features, fails it.</summary>
    [Fact]
    public void The_same_rule_catches_a_folder_that_uses_a_feature()
    {
        var result = Types.InAssembly(App).That().ResideInNamespace("HelpdeskBot.Intake").ShouldNot().HaveDependencyOnAny(Forbidden([.. Allowed, "HelpdeskBot.Intake"])).GetResult();

        Assert.False(result.IsSuccessful);
        Assert.Contains(result.FailingTypes, t => t.FullName == "HelpdeskBot.Intake.IntakeDialog");
    }

    /// <summary>
    /// Every namespace of the app and its storage outside <paramref name="allowed"/>; types of the root namespace by their full
    /// names, since the root's name is a prefix of every namespace.
    /// </summary>
    private static string[] Forbidden(IReadOnlyList<string> allowed)
    {
        bool IsAllowed(string? ns) => ns is not null && allowed.Any(a => ns == a || ns.StartsWith(a + ".", StringComparison.Ordinal));
        var types = App.GetTypes().Concat(Storage.GetTypes()).Where(t => !t.IsNested && t.Namespace?.StartsWith("HelpdeskBot", StringComparison.Ordinal) == true);
        var namespaces = types.Select(t => t.Namespace!).Where(ns => ns != "HelpdeskBot" && !IsAllowed(ns));
        var rootTypes = types.Where(t => t.Namespace == "HelpdeskBot" && !t.Name.StartsWith('<')).Select(t => t.FullName!);
        return [.. namespaces.Concat(rootTypes).Distinct()];
    }
}
