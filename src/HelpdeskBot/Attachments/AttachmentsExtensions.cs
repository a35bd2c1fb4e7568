namespace HelpdeskBot.Attachments;

public static class AttachmentsExtensions
{
    public static IHostApplicationBuilder AddHelpdeskAttachments(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<AttachmentOptions>(builder.Configuration.GetSection(AttachmentOptions.Section));
        builder.Services.AddSingleton<IAttachmentStore, FileSystemAttachmentStore>();
        return builder;
    }
}
