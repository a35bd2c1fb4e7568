using HelpdeskBot.Bot;
using HelpdeskBot.Data.Configuration;
using HelpdeskBot.Dialogs;

namespace HelpdeskBot.Intake;

public static class IntakeExtensions
{
    /// <summary>The interview, its prompts and the report intent (the tickets it makes are <c>AddHelpdeskTickets</c>').</summary>
    public static IHostApplicationBuilder AddHelpdeskIntake(this IHostApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<IntakeOptions>(builder.Configuration, IntakeOptions.Section)
            .Validate(o => TimeZoneInfo.TryFindSystemTimeZoneById(o.DefaultTimeZone, out _), $"{IntakeOptions.Section}:DefaultTimeZone is not a time zone id such as 'Asia/Jakarta'.")
            .Validate(o => o.TimeZoneByLanguage.Values.All(z => TimeZoneInfo.TryFindSystemTimeZoneById(z, out _)), $"{IntakeOptions.Section}:TimeZoneByLanguage holds a value that is not a time zone id such as 'Asia/Jakarta'.");
        builder.Services.AddSingleton<UserClock>();
        builder.Services.AddSingleton(sp => new IntakePrompts(
            UserId: new FieldTextPrompt("intake.userId", IntakeField.UserId, sp.GetRequiredService<UserClock>(), shortWords: 3,
                UserIdAnswer.Check, maxLength: 100),
            Service: new FieldTextPrompt("intake.service", IntakeField.Service, sp.GetRequiredService<UserClock>(), shortWords: 4,
                ServiceAnswer.Check, maxLength: 200),
            OccurredAt: ActivatorUtilities.CreateInstance<OccurredAtPrompt>(sp),
            Description: new TextPrompt("intake.description", ProblemDescription.Check),
            Text: new TextPrompt("intake.text", OpenAnswer.Check),
            Evidence: ActivatorUtilities.CreateInstance<EvidencePrompt>(sp),
            Email: new EmailPrompt("intake.email"),
            Choice: new ChoicePrompt("intake.choice"),
            Summary: new SummaryPrompt(sp.GetRequiredService<UserClock>())));
        builder.Services.AddSingleton<IntakeDialog>();

        builder.Services.AddDialogs(sp => [
            .. sp.GetRequiredService<IntakePrompts>().All,
            sp.GetRequiredService<IntakeDialog>()]);
        builder.Services.AddSingleton<IIntent, ReportIntent>();
        builder.Services.AddSingleton<IIntent, FollowUpIntent>();
        builder.Services.AddSingleton<IIntent, ReportToTicketIntent>();
        builder.Services.AddSingleton<ITurnGate, EarlyEvidence>();
        return builder;
    }
}
