using HelpdeskBot.Activities;
using HelpdeskBot.Tests.Dialogs;
using HelpdeskBot.Tests.Infrastructure;
using HelpdeskBot.Turns;

namespace HelpdeskBot.Tests.Turns;

public sealed class TurnPipelineTests
{
    [Fact]
    public async Task A_process_stopped_mid_dialog_continues_at_the_same_prompt_after_a_restart()
    {
        var directory = HelpdeskApp.NewDataDirectory();
        string conversationId;
        using (var first = new HelpdeskApp(services: SurveyIntent.Register, dataDirectory: directory))
        {
            var chat = new TestChat(first.Get<TurnProcessor>());
            conversationId = chat.ConversationId;
            await chat.Send("start survey").Send("Budi").AssertField("colour");
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        using var second = new HelpdeskApp(services: SurveyIntent.Register, dataDirectory: directory);
        await new TestChat(second.Get<TurnProcessor>(), conversationId: conversationId)
            .Send("red").AssertField("comment")
            .Send("skip").Send("yes").AssertSays("Saved Budi/red/-");
        second.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public async Task Twenty_messages_posted_at_once_are_each_answered_exactly_once_in_order()
    {
        using var app = new HelpdeskApp();
        var http = app.CreateClient();
        var client = await DirectLineClient.StartAsync(http);
        await client.SendAsync("hello");
        await client.ReceiveAsync();

        var sends = Enumerable.Range(1, 20).Select(i => client.SendAsync($"message {i}", clientActivityId: $"c{i}")).ToList();
        var ids = await Task.WhenAll(sends);
        Assert.Equal(20, ids.Distinct().Count());

        var log = new List<Activity>();
        IReadOnlyList<Activity> page;
        while ((page = await client.ReceiveAsync()).Count > 0) log.AddRange(page);

        // Each user message is followed by its own replies before the next message: turns did not interleave.
        var echoes = log.Where(a => a.From!.Role == "user").ToList();
        Assert.Equal(20, echoes.Count);
        for (var i = 0; i < log.Count; i++)
        {
            if (log[i].From!.Role != "user") continue;
            var replies = log.Skip(i + 1).TakeWhile(a => a.From!.Role == "bot").ToList();
            Assert.NotEmpty(replies);
            Assert.All(replies, r => Assert.Equal(log[i].Id, r.ReplyToId));
        }
        Assert.Equal(log.Select(a => a.Id).Order(StringComparer.Ordinal), log.Select(a => a.Id));

        var state = await app.Get<TurnProcessor>().ReadStateAsync(client.ConversationId);
        Assert.Equal(21, state.TurnCount);
    }
}
