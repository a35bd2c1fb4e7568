using ArchUnitNET.Domain;
using ArchUnitNET.Loader;
using Mono.Cecil;
using GenericParameter = ArchUnitNET.Domain.GenericParameter;

namespace HelpdeskBot.Tests.Architecture;

/// <summary>
/// The app's shape, read from its compiled code (ArchUnitNET; calls inside lambdas and async methods count for the
/// type that wrote them): feature folders do not reach into each other in a circle, nothing but the composition root
/// touches the service container, only <c>Program.cs</c> adds middleware, and the dialog engine knows no feature.
/// docs/architecture.md draws the same folder graph.
/// </summary>
public class ArchitectureTests(ITestOutputHelper output)
{
    private static readonly Lazy<ArchUnitNET.Domain.Architecture> App = new(() => new ArchLoader().LoadAssemblies(typeof(Program).Assembly).Build());

    /// <summary>
    /// The composition root: the only code that may hold the container, each for a reason.
    /// </summary>
    private static bool IsCompositionRoot(string outerType) => outerType switch
    {
        // Top-level statements: builds the host and the pipeline.
        "Program" => true,
        // AddHelpdesk: every concern's registration, shared by the web app and the command line.
        "HelpdeskBot.HelpdeskComposition" => true,
        // The command line's Main: builds a host without the web server and hands a verb its services.
        "HelpdeskBot.CommandLine.HelpdeskCommands" => true,
        // The verbs' entry points, handed the host HelpdeskCommands built (as Main is handed its arguments); each
        // takes the few services it needs from it once, at the start, and never again.
        "HelpdeskBot.Channels.Console.ConsoleChannel" or "HelpdeskBot.Categorization.CategorizeCommand"
            or "HelpdeskBot.Categorization.TrainCommand" or "HelpdeskBot.Handoff.AgentsCommand" => true,
        // The warm-up's throwaway bot is a second web app of its own (AddHelpdesk on a temporary SQLite, its own port):
        // it is that app's composition root. The warm-up takes this app's own services by injection.
        "HelpdeskBot.WarmUp.ThrowawayBot" => true,
        // Each concern's registration class (AddHelpdesk…, Map…): factories given to the container receive it.
        _ => outerType.StartsWith("HelpdeskBot.", StringComparison.Ordinal) && outerType.EndsWith("Extensions", StringComparison.Ordinal),
    };

    /// <summary>
    /// The folders whose cycles count: every top-level folder of the app. <c>Turns</c> and <c>Dialogs</c> are read as
    /// one, the engine: the conversation's state carries the dialog stack and a dialog writes to the turn.
    /// </summary>
    private static string? Folder(IType type)
    {
        if (type is GenericParameter || type.Namespace?.FullName is not { } ns || !ns.StartsWith("HelpdeskBot.", StringComparison.Ordinal)) return null;
        if (ns.StartsWith("HelpdeskBot.Data", StringComparison.Ordinal)) return null;
        if (IsCompositionRoot(OuterName(type)) && !OuterName(type).EndsWith("Extensions", StringComparison.Ordinal)) return null;
        var folder = ns.Split('.')[1];
        return folder is "Turns" or "Dialogs" ? "Turns+Dialogs" : folder;
    }

    [Fact]
    public void Feature_folders_depend_on_each_other_without_a_cycle()
    {
        var edges = FolderEdges();
        foreach (var ((from, to), why) in edges.OrderBy(e => e.Key.From, StringComparer.Ordinal).ThenBy(e => e.Key.To, StringComparer.Ordinal))
        {
            output.WriteLine($"{from} -> {to}   ({string.Join(", ", why.Take(3))})");
        }
        var cycles = StronglyConnected(edges.Keys).Where(c => c.Count > 1).ToList();
        Assert.True(cycles.Count == 0, "Folders that depend on each other in a circle:\n" + string.Join("\n", cycles.Select(c =>
            string.Join(" <-> ", c) + ": " + string.Join("; ", edges.Where(e => c.Contains(e.Key.From) && c.Contains(e.Key.To)).Select(e => $"{e.Key.From} -> {e.Key.To} ({string.Join(", ", e.Value.Take(3))})")))));
    }

    [Fact]
    public void Only_the_composition_root_touches_the_service_container()
    {
        var users = ContainerUsers();
        foreach (var (user, uses) in users) output.WriteLine($"{user}: {string.Join(", ", uses)}");
        // The reader sees through lambdas and async methods: the registration classes' factories are found.
        Assert.Contains("HelpdeskBot.Intake.IntakeExtensions", users.Keys);
        Assert.Contains("HelpdeskBot.CommandLine.HelpdeskCommands", users.Keys);
        var outside = users.Where(u => !IsCompositionRoot(u.Key)).ToList();
        Assert.True(outside.Count == 0, "IServiceProvider / GetRequiredService outside the composition root:\n"
            + string.Join("\n", outside.Select(u => $"{u.Key}: {string.Join(", ", u.Value)}")));
    }

    [Fact]
    public void Only_Program_adds_middleware()
    {
        var callers = MiddlewareCallers();
        foreach (var (caller, uses) in callers) output.WriteLine($"{caller}: {string.Join(", ", uses)}");
        Assert.Contains("Program", callers.Keys);
        Assert.Contains("UseRateLimiter", callers["Program"]);
        Assert.Contains("UseAuthentication", callers["Program"]);
        // The warm-up's throwaway bot is a second app, with the one middleware its endpoints use (and no other).
        Assert.Equal(["UseRateLimiter"], callers.GetValueOrDefault("HelpdeskBot.WarmUp.ThrowawayBot") ?? new SortedSet<string>());
        var outside = callers.Where(c => c.Key is not "Program" and not "HelpdeskBot.WarmUp.ThrowawayBot").ToList();
        Assert.True(outside.Count == 0, "Use* middleware outside Program.cs:\n" + string.Join("\n", outside.Select(c => $"{c.Key}: {string.Join(", ", c.Value)}")));
    }

    [Fact]
    public void The_dialog_engine_references_no_feature()
    {
        string[] allowed = ["HelpdeskBot.Dialogs", "HelpdeskBot.Activities", "HelpdeskBot.Turns", "HelpdeskBot.Resources"];
        var wrong = App.Value.Types
            .Where(t => t.Namespace?.FullName is { } ns && (ns == "HelpdeskBot.Dialogs" || ns.StartsWith("HelpdeskBot.Dialogs.", StringComparison.Ordinal)))
            .SelectMany(t => t.Dependencies.Select(d => (From: t, To: d.Target)))
            .Where(d => d.To is not GenericParameter && d.To.Namespace?.FullName is { } ns && ns.StartsWith("HelpdeskBot.", StringComparison.Ordinal)
                && !ns.StartsWith("HelpdeskBot.Data", StringComparison.Ordinal)
                && !allowed.Any(a => ns == a || ns.StartsWith(a + ".", StringComparison.Ordinal)))
            .Select(d => $"{d.From.FullName} -> {d.To.FullName}")
            .Distinct()
            .ToList();
        Assert.True(wrong.Count == 0, "The dialog engine references features:\n" + string.Join("\n", wrong));
    }

    private static Dictionary<(string From, string To), SortedSet<string>> FolderEdges()
    {
        var edges = new Dictionary<(string, string), SortedSet<string>>();
        foreach (var type in App.Value.Types)
        {
            if (Folder(type) is not { } from) continue;
            foreach (var dependency in type.Dependencies)
            {
                if (Folder(dependency.Target) is not { } to || to == from) continue;
                if (!edges.TryGetValue((from, to), out var why)) edges[(from, to)] = why = new SortedSet<string>(StringComparer.Ordinal);
                why.Add(type.Name + "→" + dependency.Target.Name);
            }
        }
        return edges;
    }

    /// <summary>
    /// Who touches the container: a member whose signature names <c>IServiceProvider</c>, or code that calls, reads or
    /// creates anything of it (<c>GetRequiredService</c>, <c>ActivatorUtilities</c>, a property returning the provider).
    /// </summary>
    private static Dictionary<string, SortedSet<string>> ContainerUsers()
    {
        string[] containerTypes =
        [
            "System.IServiceProvider",
            "Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions",
            "Microsoft.Extensions.DependencyInjection.ServiceProviderKeyedServiceExtensions",
            "Microsoft.Extensions.DependencyInjection.ActivatorUtilities",
        ];
        bool IsContainer(TypeReference? type) => type is not null && containerTypes.Contains(type.GetElementType().FullName);
        var users = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var type in OwnIl())
        {
            var outer = OuterName(type);
            foreach (var field in type.Fields.Where(f => IsContainer(f.FieldType))) Add(users, outer, "field " + field.Name);
            foreach (var method in type.Methods)
            {
                if (IsContainer(method.ReturnType) || method.Parameters.Any(p => IsContainer(p.ParameterType))) Add(users, outer, "signature of " + method.Name);
                if (!method.HasBody) continue;
                foreach (var instruction in method.Body.Instructions)
                {
                    switch (instruction.Operand)
                    {
                        case MethodReference called when IsContainer(called.DeclaringType) || IsContainer(called.ReturnType) || called.Parameters.Any(p => IsContainer(p.ParameterType)):
                            Add(users, outer, called.Name);
                            break;
                        case TypeReference used when IsContainer(used):
                            Add(users, outer, used.Name);
                            break;
                    }
                }
            }
        }
        return users;
    }

    /// <summary>Calls to a <c>Use…</c> method of the request pipeline (declared on, or taking, an <c>IApplicationBuilder</c>).</summary>
    private static Dictionary<string, SortedSet<string>> MiddlewareCallers()
    {
        string[] pipeline = ["Microsoft.AspNetCore.Builder.IApplicationBuilder", "Microsoft.AspNetCore.Builder.WebApplication"];
        var callers = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var type in OwnIl())
        {
            foreach (var method in type.Methods.Where(m => m.HasBody))
            {
                foreach (var instruction in method.Body.Instructions)
                {
                    if (instruction.Operand is not MethodReference called || !called.Name.StartsWith("Use", StringComparison.Ordinal)) continue;
                    if (pipeline.Contains(called.DeclaringType.FullName) || called.Parameters.Any(p => pipeline.Contains(p.ParameterType.FullName)))
                    {
                        Add(callers, OuterName(type), called.Name);
                    }
                }
            }
        }
        return callers;
    }

    /// <summary>
    /// The app's own types as IL, nested ones included (Mono.Cecil, which ArchUnitNET reads with: ArchUnitNET does not
    /// attribute the top-level statements' generated state machine to <c>Program</c>, so calls are read here directly).
    /// </summary>
    private static IEnumerable<TypeDefinition> OwnIl()
    {
        static IEnumerable<TypeDefinition> WithNested(TypeDefinition type) => type.NestedTypes.SelectMany(WithNested).Prepend(type);
        return Il.Value.Types.SelectMany(WithNested).Where(t => OuterName(t) is var outer && (outer == "Program" || outer.StartsWith("HelpdeskBot.", StringComparison.Ordinal)));
    }

    private static readonly Lazy<ModuleDefinition> Il = new(() => ModuleDefinition.ReadModule(typeof(Program).Assembly.Location));

    private static string OuterName(TypeDefinition type)
    {
        while (type.DeclaringType is not null) type = type.DeclaringType;
        return type.FullName;
    }

    /// <summary>A nested type (a lambda's closure, an async method's state machine) counts as the type that wrote it.</summary>
    private static string OuterName(IType type)
    {
        var name = type.FullName;
        var cut = name.IndexOfAny(['+', '/']);
        return cut < 0 ? name : name[..cut];
    }

    private static void Add(Dictionary<string, SortedSet<string>> map, string key, string value)
    {
        if (!map.TryGetValue(key, out var set)) map[key] = set = new SortedSet<string>(StringComparer.Ordinal);
        set.Add(value);
    }

    /// <summary>Tarjan's strongly connected components: each component of more than one folder is a cycle.</summary>
    private static List<List<string>> StronglyConnected(IEnumerable<(string From, string To)> edges)
    {
        var graph = edges.GroupBy(e => e.From).ToDictionary(g => g.Key, g => g.Select(e => e.To).ToList());
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var onStack = new HashSet<string>();
        var components = new List<List<string>>();
        void Visit(string node)
        {
            index[node] = low[node] = index.Count;
            stack.Push(node);
            onStack.Add(node);
            foreach (var next in graph.GetValueOrDefault(node, []))
            {
                if (!index.ContainsKey(next))
                {
                    Visit(next);
                    low[node] = Math.Min(low[node], low[next]);
                }
                else if (onStack.Contains(next))
                {
                    low[node] = Math.Min(low[node], index[next]);
                }
            }
            if (low[node] != index[node]) return;
            var component = new List<string>();
            string popped;
            do
            {
                popped = stack.Pop();
                onStack.Remove(popped);
                component.Add(popped);
            }
            while (popped != node);
            components.Add(component);
        }
        foreach (var node in graph.Keys.Concat(graph.Values.SelectMany(v => v)).Distinct().ToList())
        {
            if (!index.ContainsKey(node)) Visit(node);
        }
        return components;
    }
}
