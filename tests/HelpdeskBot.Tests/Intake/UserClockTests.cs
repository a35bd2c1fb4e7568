using System.Text.Json;
using HelpdeskBot.Activities;
using HelpdeskBot.Intake;
using HelpdeskBot.Tests.Infrastructure;
using HelpdeskBot.Turns;
using Microsoft.Extensions.Options;

namespace HelpdeskBot.Tests.Intake;

/// <summary>
/// Whose clock "yesterday at 7pm" is read on: the zone the channel sends, Teams' client info, the offset of the local
/// time, and — when a channel sends none (Slack, some Direct Line clients) — the zone of the language the user writes.
/// </summary>
public sealed class UserClockTests
{
    private static readonly UserClock Clock = new(TimeProvider.System, Options.Create(new IntakeOptions()));

    private static Entity ClientInfo(string zone) =>
        new() { Type = "clientInfo", Properties = new() { ["timezone"] = JsonSerializer.SerializeToElement(zone), ["locale"] = JsonSerializer.SerializeToElement("id-ID") } };

    [Theory]
    [InlineData("id", "Asia/Jakarta")]
    [InlineData("en", "UTC")]
    public void Without_a_zone_from_the_channel_the_language_chooses_the_default(string language, string zone) =>
        Assert.Equal(zone, Clock.Of(new Activity { Type = ActivityTypes.Message }, language).Zone!.Id);

    [Fact]
    public void Teams_client_info_gives_the_zone() =>
        Assert.Equal("Asia/Makassar", Clock.Of(new Activity { Type = ActivityTypes.Message, Entities = [ClientInfo("Asia/Makassar")] }, "id").Zone!.Id);

    [Fact]
    public void The_activitys_own_zone_comes_first() =>
        Assert.Equal("Asia/Jayapura", Clock.Of(new Activity { Type = ActivityTypes.Message, LocalTimezone = "Asia/Jayapura", Entities = [ClientInfo("Asia/Makassar")] }, "en").Zone!.Id);

    [Fact]
    public void A_local_time_without_a_zone_gives_its_offset_not_the_languages_zone()
    {
        var (now, zone) = Clock.Of(new Activity { Type = ActivityTypes.Message, LocalTimestamp = new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.FromHours(9)) }, "id");
        Assert.Null(zone);
        Assert.Equal(TimeSpan.FromHours(9), now.Offset);
    }

    [Fact]
    public async Task Someone_writing_indonesian_from_a_channel_that_sends_no_zone_is_read_on_jakartas_clock()
    {
        using var app = new HelpdeskApp();
        var chat = new TestChat(app.Get<TurnProcessor>()) { Locale = "id-ID" };
        await chat.Send("transfer sy gagal kemarin jam 7 malam, saldo kepotong").Send("budi88");
        var state = await app.Get<TurnProcessor>().ReadStateAsync(chat.ConversationId, default);
        var values = Assert.IsType<HelpdeskBot.Dialogs.WaterfallState<IntakeValues>>(state.Stack[0].State).Values;
        Assert.Equal(12, values.OccurredAtUtc!.Value.UtcDateTime.Hour);
    }
}
